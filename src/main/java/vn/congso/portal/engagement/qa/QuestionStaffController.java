package vn.congso.portal.engagement.qa;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.congso.agency.AgencyManagement;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.shared.CongsoException;

/** The officers' queue of questions: assign, answer, publish or decline (NĐ42 Đ8 k1 a, đ). */
@Controller
@PreAuthorize("hasAuthority('QA_ANSWER')")
class QuestionStaffController {

    static final String QUEUE = "/quan-tri/hoi-dap";
    private static final String DETAIL = "engagement/qa-staff-detail";

    private final Questions questions;
    private final AgencyManagement agency;

    QuestionStaffController(Questions questions, AgencyManagement agency) {
        this.questions = questions;
        this.agency = agency;
    }

    @GetMapping(QUEUE)
    String queue(@RequestParam(name = "trang-thai", required = false) QuestionStatus status, Model model) {
        List<QuestionStatus> shown = status != null ? List.of(status) : new ArrayList<>(Questions.QUEUE);
        model.addAttribute("questions", questions.queue(shown));
        model.addAttribute("statuses", QuestionStatus.values());
        model.addAttribute("selected", status);
        return "engagement/qa-staff-queue";
    }

    @GetMapping(QUEUE + "/{id}")
    String detail(@PathVariable long id, Model model) {
        Question q = questions.byId(id);
        return page(model, q, StaffActionForm.of(q));
    }

    @PostMapping(QUEUE + "/{id}/phan-cong")
    String assign(@PathVariable long id, @ModelAttribute("action") StaffActionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (QuestionRules.blank(form.getDepartment()) && QuestionRules.blank(form.getAssignee())) {
            errors.rejectValue("department", "engagement.qa.assign-required");
            return page(model, questions.byId(id), form);
        }
        questions.assign(id, form.getDepartment(), form.getAssignee());
        return done(id, "engagement.qa.assigned", redirect);
    }

    @PostMapping(QUEUE + "/{id}/tra-loi")
    String answer(@PathVariable long id, @ModelAttribute("action") StaffActionForm form, BindingResult errors,
                  Model model, Principal officer, RedirectAttributes redirect) {
        if (QuestionRules.blank(form.getAnswer())) {
            errors.rejectValue("answer", "engagement.form.required");
            return page(model, questions.byId(id), form);
        }
        questions.answer(id, form.getAnswer(), officer.getName());
        return done(id, "engagement.qa.answered", redirect);
    }

    @PostMapping(QUEUE + "/{id}/cong-khai")
    String publish(@PathVariable long id, @ModelAttribute("action") StaffActionForm form, RedirectAttributes redirect) {
        questions.publish(id, form.getPublicQuestion());
        return done(id, "engagement.qa.published", redirect);
    }

    @PostMapping(QUEUE + "/{id}/tu-choi")
    String decline(@PathVariable long id, @ModelAttribute("action") StaffActionForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        if (QuestionRules.blank(form.getReason())) {
            errors.rejectValue("reason", "engagement.form.required");
            return page(model, questions.byId(id), form);
        }
        questions.decline(id, form.getReason());
        return done(id, "engagement.qa.declined", redirect);
    }

    private String page(Model model, Question q, StaffActionForm form) {
        model.addAttribute("question", q);
        model.addAttribute("action", form);
        model.addAttribute("departments", agency.departments().stream().filter(d -> d.active()).toList());
        return DETAIL;
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + QUEUE + "/" + id;
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
