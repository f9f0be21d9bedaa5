package vn.congso.identity.web;

import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.congso.identity.PasswordChange;
import vn.congso.identity.PasswordPolicy;

/** Anyone logged in changes their own password. */
@Controller
@PreAuthorize("hasAuthority('ACCOUNT_SELF')")
class PasswordController {

    private final PasswordChange passwords;

    PasswordController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/tai-khoan/mat-khau")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return page(model);
    }

    @PostMapping("/tai-khoan/mat-khau")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, Principal principal, Model model) {
        if (RegistrationController.reject(errors,
                passwords.change(principal.getName(), form.getCurrent(), form.getPassword(), form.getConfirmation()))) {
            return page(model);
        }
        return "redirect:/tai-khoan/mat-khau?da-doi";
    }

    private static String page(Model model) {
        model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
        return "identity/password";
    }

    /** The password change form; nothing of it is ever shown back. */
    public static class PasswordForm {
        private String current;
        private String password;
        private String confirmation;

        public String getCurrent() { return current; }
        public void setCurrent(String current) { this.current = current; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }
}
