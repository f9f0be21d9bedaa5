package vn.congso.agency.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.agency.AgencyError;
import vn.congso.agency.AgencyLevel;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfileUpdated.FieldChange;
import vn.congso.agency.Department;
import vn.congso.agency.domain.PortalDomainRule;
import vn.congso.agency.domain.ProfileRules;
import vn.congso.agency.domain.RuleViolation;
import vn.congso.shared.CongsoException;

/** The administrator's page for the agency profile and its departments. */
@Controller
@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
class AgencySettingsController {

    static final String PATH = "/quan-tri/co-quan";
    private static final String VIEW = "agency/settings";

    private final AgencyManagement agencies;

    AgencySettingsController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @GetMapping(PATH)
    String settings(Model model) {
        return page(model, ProfileForm.of(agencies.profile().orElse(null)), new DepartmentForm());
    }

    @PostMapping(PATH)
    String save(@ModelAttribute("profile") ProfileForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        reject(errors, ProfileRules.check(ProfileRules.normalise(form.toProfile())));
        if (errors.hasErrors()) {
            return page(model, form, new DepartmentForm());
        }
        List<FieldChange> changes = agencies.updateProfile(form.toProfile());
        redirect.addFlashAttribute("notice", changes.isEmpty() ? "agency.settings.unchanged" : "agency.settings.saved");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/phong-ban")
    String addDepartment(@ModelAttribute("newDepartment") DepartmentForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        String code = ProfileRules.departmentCode(form.getCode());
        reject(errors, ProfileRules.checkDepartment(code, ProfileRules.clean(form.getNameVi()),
                ProfileRules.clean(form.getNameEn()), true));
        if (!errors.hasErrors()) {
            try {
                Department added = agencies.addDepartment(code, form.getNameVi(), form.getNameEn());
                redirect.addFlashAttribute("notice", "agency.departments.added");
                redirect.addFlashAttribute("noticeArgument", added.code());
                return "redirect:" + PATH;
            } catch (CongsoException e) {
                if (e.code() != AgencyError.DEPARTMENT_CODE_TAKEN) {
                    throw e;
                }
                errors.rejectValue("code", "agency.form.department-code-taken", new Object[] {code}, null);
            }
        }
        return page(model, ProfileForm.of(agencies.profile().orElse(null)), form);
    }

    @GetMapping(PATH + "/phong-ban/{id}")
    String renameForm(@PathVariable long id, Model model) {
        Department department = department(id);
        model.addAttribute("department", department);
        model.addAttribute("rename", DepartmentForm.of(department));
        return "agency/department";
    }

    @PostMapping(PATH + "/phong-ban/{id}")
    String rename(@PathVariable long id, @ModelAttribute("rename") DepartmentForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Department department = department(id);
        reject(errors, ProfileRules.checkDepartment(null, ProfileRules.clean(form.getNameVi()),
                ProfileRules.clean(form.getNameEn()), false));
        if (errors.hasErrors()) {
            form.setCode(department.code());
            model.addAttribute("department", department);
            return "agency/department";
        }
        agencies.renameDepartment(id, form.getNameVi(), form.getNameEn());
        redirect.addFlashAttribute("notice", "agency.departments.renamed");
        redirect.addFlashAttribute("noticeArgument", department.code());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/phong-ban/{id}/ngung-hoat-dong")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Department department = agencies.setDepartmentActive(id, false);
        redirect.addFlashAttribute("notice", "agency.departments.deactivated");
        redirect.addFlashAttribute("noticeArgument", department.code());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/phong-ban/{id}/hoat-dong-lai")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        Department department = agencies.setDepartmentActive(id, true);
        redirect.addFlashAttribute("notice", "agency.departments.reactivated");
        redirect.addFlashAttribute("noticeArgument", department.code());
        return "redirect:" + PATH;
    }

    private Department department(long id) {
        return agencies.department(id).orElseThrow(() -> new CongsoException(AgencyError.DEPARTMENT_NOT_FOUND));
    }

    private String page(Model model, ProfileForm profile, DepartmentForm newDepartment) {
        model.addAttribute("profile", profile);
        model.addAttribute("newDepartment", newDepartment);
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("departments", agencies.departments());
        if (profile.getLevel() != null) {
            PortalDomainRule.expectedLabel(profile.getLevel(), ProfileRules.clean(profile.getNameVi()))
                    .ifPresent(label -> model.addAttribute("domainHint", label));
        }
        return VIEW;
    }

    private static void reject(BindingResult errors, Map<String, RuleViolation> problems) {
        // a field the binder could not even convert keeps that one error
        problems.forEach((field, problem) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, problem.code(), problem.getArguments(), null);
            }
        });
    }
}
