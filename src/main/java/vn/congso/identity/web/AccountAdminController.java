package vn.congso.identity.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.identity.AccountAdministration;
import vn.congso.identity.AccountAdministration.NewStaff;
import vn.congso.identity.IdentityError;
import vn.congso.identity.PasswordPolicy;
import vn.congso.identity.Role;
import vn.congso.shared.CongsoException;

/** The administrator's account pages: staff and citizen lists, new staff, roles, department, enable, unlock. */
@Controller
@RequestMapping("/quan-tri/tai-khoan")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AccountAdminController {

    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.OFFICER, Role.CLERK, Role.HEAD, Role.LEADER, Role.ADMIN);

    private final AccountAdministration administration;

    AccountAdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(@RequestParam(name = "loai", defaultValue = "can-bo") String kind,
                @RequestParam(name = "q", required = false) String search, Model model) {
        boolean staff = !"cong-dan".equals(kind);
        model.addAttribute("accounts", administration.list(staff, search));
        model.addAttribute("staff", staff);
        model.addAttribute("q", search);
        model.addAttribute("departments", administration.departments());
        return "identity/admin/accounts";
    }

    @GetMapping("/moi")
    String newStaff(Model model) {
        model.addAttribute("form", new StaffForm());
        return newStaffPage(model);
    }

    @PostMapping("/moi")
    String create(@ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        NewStaff staff = form.toNewStaff();
        if (RegistrationController.reject(errors, administration.problems(staff))) {
            return newStaffPage(model);
        }
        AccountAdministration.Created created = administration.createStaff(staff);
        // shown once, on the next page only; never stored in clear
        redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
        redirect.addFlashAttribute("notice", "identity.admin.created");
        return "redirect:/quan-tri/tai-khoan/" + created.id();
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Model model) {
        model.addAttribute("account", administration.account(id));
        model.addAttribute("departments", administration.departments());
        model.addAttribute("staffRoles", STAFF_ROLES);
        return "identity/admin/account";
    }

    @PostMapping("/{id}/vai-tro")
    String roles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles, Principal principal,
                 RedirectAttributes redirect) {
        return change(id, redirect, "identity.admin.roles-saved",
                () -> administration.setRoles(id, roles, principal.getName()));
    }

    @PostMapping("/{id}/don-vi")
    String department(@PathVariable long id, @RequestParam(required = false) Long departmentId,
                      RedirectAttributes redirect) {
        return change(id, redirect, "identity.admin.department-saved", () -> administration.setDepartment(id, departmentId));
    }

    @PostMapping("/{id}/trang-thai")
    String enabled(@PathVariable long id, @RequestParam(required = false) Boolean enabled, Principal principal,
                   RedirectAttributes redirect) {
        // optional in the signature so that the permission is checked before a missing parameter is
        if (enabled == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return change(id, redirect, enabled ? "identity.admin.enabled" : "identity.admin.disabled",
                () -> administration.setEnabled(id, enabled, principal.getName()));
    }

    @PostMapping("/{id}/mo-khoa")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, "identity.admin.unlocked", () -> administration.unlock(id));
    }

    private String newStaffPage(Model model) {
        model.addAttribute("departments", administration.departments());
        model.addAttribute("staffRoles", STAFF_ROLES);
        model.addAttribute("passwordMinLength", PasswordPolicy.MIN_LENGTH);
        return "identity/admin/account-new";
    }

    /** Runs a change; a refused one comes back as an alert on the account page, not an error page. */
    private static String change(long id, RedirectAttributes redirect, String noticeKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", noticeKey);
        } catch (CongsoException e) {
            if (e.code() == IdentityError.ACCOUNT_NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("refusal", e.code().messageKey());
        }
        return "redirect:/quan-tri/tai-khoan/" + id;
    }

    /** The new staff account form. */
    public static class StaffForm {
        private String username;
        private String fullName;
        private String email;
        private Long departmentId;
        private String title;
        private String password;
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        NewStaff toNewStaff() {
            return new NewStaff(username, fullName, email, departmentId, title, password,
                    roles == null ? Set.of() : roles);
        }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
    }
}
