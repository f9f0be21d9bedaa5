package vn.congso.portal.engagement.channel;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.portal.engagement.EngagementProperties;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.shared.CongsoException;

/**
 * Subscribing to e-mail news by category (NĐ42 Đ5 k2 c): double opt-in, and an unsubscribe link that
 * works in one click. Following the link ends the subscription at once (a person who clicked it
 * wants out; a mail scanner that follows it can be undone with the "subscribe again" button).
 */
@Controller
@PermitAll
class SubscriptionController {

    static final String PATH = "/dang-ky-nhan-tin";

    private final Subscriptions subscriptions;
    private final EngagementProperties properties;

    SubscriptionController(Subscriptions subscriptions, EngagementProperties properties) {
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "muc", required = false) String category, Model model) {
        SubscriptionForm form = new SubscriptionForm();
        form.setCategory(category);
        return page(model, form);
    }

    @PostMapping(PATH)
    String subscribe(@ModelAttribute("subscription") SubscriptionForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        String email = form.getEmail() == null ? null : form.getEmail().strip();
        if (email == null || email.isEmpty()) {
            errors.rejectValue("email", "engagement.form.required");
        } else if (!Subscriptions.validEmail(email)) {
            errors.rejectValue("email", "engagement.form.email");
        }
        if (!Subscriptions.validCategory(form.getCategory())) {
            errors.rejectValue("category", "engagement.subscribe.choose-category");
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        subscriptions.subscribe(email, form.getCategory());
        redirect.addFlashAttribute("notice", "engagement.subscribe.check-mail");
        return "redirect:" + PATH;
    }

    @GetMapping(Subscriptions.CONFIRM_PAGE)
    String confirm(@RequestParam(name = "t", required = false) String token, Model model) {
        subscriptions.confirm(token).ifPresentOrElse(
                category -> model.addAttribute("confirmed", subscriptions.categoryLabel(category)),
                () -> model.addAttribute("unknown", true));
        return "engagement/subscription-result";
    }

    @GetMapping(Subscriptions.UNSUBSCRIBE_PAGE)
    String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
        subscriptions.unsubscribe(token).ifPresentOrElse(category -> {
            model.addAttribute("unsubscribed", subscriptions.categoryLabel(category));
            model.addAttribute("token", token);
        }, () -> model.addAttribute("unknown", true));
        return "engagement/subscription-result";
    }

    @PostMapping(PATH + "/dang-ky-lai")
    String resubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
        subscriptions.resubscribe(token).ifPresentOrElse(
                category -> model.addAttribute("confirmed", subscriptions.categoryLabel(category)),
                () -> model.addAttribute("unknown", true));
        return "engagement/subscription-result";
    }

    private String page(Model model, SubscriptionForm form) {
        model.addAttribute("subscription", form);
        model.addAttribute("categories", properties.categories().stream()
                .map(c -> new Category(c, subscriptions.categoryLabel(c))).toList());
        return "engagement/subscription-form";
    }

    /** A category offered on the form. */
    record Category(String key, String label) {
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
