package vn.congso.portal.engagement.channel;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.portal.engagement.EngagementProperties;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.shared.CongsoException;

/** The administrator's channel page (NĐ42 Đ5 k2): send an announcement, manage webhooks, read their delivery log. */
@Controller
@PreAuthorize("hasAuthority('CHANNEL_MANAGE')")
class ChannelStaffController {

    static final String PATH = "/quan-tri/kenh";

    private final ChannelManagement channels;
    private final Webhooks webhooks;
    private final EngagementProperties properties;

    ChannelStaffController(ChannelManagement channels, Webhooks webhooks, EngagementProperties properties) {
        this.channels = channels;
        this.webhooks = webhooks;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return page(model, new AnnouncementForm(), new WebhookForm());
    }

    @PostMapping(PATH + "/thong-bao")
    String announce(@ModelAttribute("announcement") AnnouncementForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (!Subscriptions.validCategory(form.getCategory())) {
            errors.rejectValue("category", "engagement.subscribe.choose-category");
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            errors.rejectValue("title", "engagement.form.required");
        }
        if (form.getUrl() == null || form.getUrl().isBlank()) {
            errors.rejectValue("url", "engagement.form.required");
        }
        if (errors.hasErrors()) {
            return page(model, form, new WebhookForm());
        }
        long id = channels.announce(new Announcement(form.getCategory(), form.getTitle(), form.getUrl(), form.getSummary()));
        redirect.addFlashAttribute("notice", "engagement.channel.announced");
        redirect.addFlashAttribute("noticeArgument", id);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/webhook")
    String addWebhook(@ModelAttribute("webhook") WebhookForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (form.getUrl() == null || !Webhooks.validUrl(form.getUrl())) {
            errors.rejectValue("url", "engagement.channel.bad-url");
        }
        if (form.categoryList().stream().anyMatch(c -> !Subscriptions.validCategory(c))) {
            errors.rejectValue("categories", "engagement.channel.bad-categories");
        }
        if (errors.hasErrors()) {
            return page(model, new AnnouncementForm(), form);
        }
        Webhooks.Created created = webhooks.create(form.getUrl(), form.categoryList(), form.getSecret());
        redirect.addFlashAttribute("notice", "engagement.channel.webhook-added");
        redirect.addFlashAttribute("noticeArgument", created.id());
        redirect.addFlashAttribute("secret", created.secret());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/webhook/{id}/tat")
    String deactivate(@PathVariable long id) {
        webhooks.setActive(id, false);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/webhook/{id}/bat")
    String activate(@PathVariable long id) {
        webhooks.setActive(id, true);
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/webhook/{id}")
    String deliveries(@PathVariable long id, Model model) {
        model.addAttribute("webhook", webhooks.webhook(id).orElseThrow(() -> new CongsoException(EngagementError.WEBHOOK_NOT_FOUND)));
        model.addAttribute("deliveries", webhooks.deliveries(id, 100));
        return "engagement/webhook-log";
    }

    private String page(Model model, AnnouncementForm announcement, WebhookForm webhook) {
        model.addAttribute("announcement", announcement);
        model.addAttribute("webhook", webhook);
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("categories", properties.categories());
        model.addAttribute("recent", channels.recent(20));
        return "engagement/channels";
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
