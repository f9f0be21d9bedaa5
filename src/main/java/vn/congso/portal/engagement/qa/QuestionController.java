package vn.congso.portal.engagement.qa;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.shared.CongsoException;

/** Public pages of Q&amp;A (NĐ42 Đ8 k1 a): send, follow by tracking code, read published answers. */
@Controller
@PermitAll
class QuestionController {

    static final String LIST = "/hoi-dap";
    static final String SEND = "/hoi-dap/gui";
    static final String SENT = "/hoi-dap/da-gui";
    static final String TRACK = "/hoi-dap/tra-cuu";
    static final int PAGE_SIZE = 20;

    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    @GetMapping(LIST)
    String list(@RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        long total = questions.publishedCount();
        model.addAttribute("questions", questions.published(current - 1, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) current * PAGE_SIZE < total);
        return "engagement/qa-list";
    }

    @GetMapping(LIST + "/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("question", questions.published(id));
        return "engagement/qa-detail";
    }

    @GetMapping(SEND)
    String form(Model model) {
        return form(model, new QuestionForm());
    }

    @PostMapping(SEND)
    String send(@ModelAttribute("question") QuestionForm form, BindingResult errors, Model model, Principal principal,
                RedirectAttributes redirect) {
        Map<String, String> wrong = form.getWebsite() == null || form.getWebsite().isBlank()
                ? QuestionRules.check(form.toCommand()) : Map.of();
        wrong.forEach((field, key) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, key);
            }
        });
        if (errors.hasErrors()) {
            return form(model, form);
        }
        String code = questions.submit(form.toCommand(), principal == null ? null : principal.getName());
        redirect.addFlashAttribute("code", code);
        return "redirect:" + SENT;
    }

    @GetMapping(SENT)
    String sent(Model model) {
        if (!model.containsAttribute("code")) {
            return "redirect:" + TRACK;
        }
        return "engagement/qa-sent";
    }

    @GetMapping(TRACK)
    String track(@RequestParam(name = "ma", required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            questions.byCode(code).ifPresentOrElse(q -> model.addAttribute("question", q),
                    () -> model.addAttribute("notFound", true));
        }
        return "engagement/qa-track";
    }

    private static String form(Model model, QuestionForm form) {
        model.addAttribute("question", form);
        model.addAttribute("topics", QuestionTopic.values());
        model.addAttribute("maxContent", QuestionRules.MAX_CONTENT);
        return "engagement/qa-form";
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
