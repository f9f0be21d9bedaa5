package vn.congso.publicservice.web;

import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.congso.publicservice.CalendarManagement;
import vn.congso.publicservice.OnlineLevel;
import vn.congso.publicservice.Procedure;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.ProcedureFilter;
import vn.congso.publicservice.UserType;
import vn.congso.publicservice.catalogue.LegalBasisLinks;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.TimeLimit;
import vn.congso.shared.calendar.WorkingCalendar;

/** Public pages of the catalogue: browse with filters (a plain GET form) and one procedure in full. */
@Controller
@PermitAll
class ProcedureController {

    private final ProcedureCatalogue catalogue;
    private final CalendarManagement calendar;

    private final vn.congso.publicservice.DossierManagement dossiers;
    private final LegalBasisLinks legalBasis;

    ProcedureController(ProcedureCatalogue catalogue, CalendarManagement calendar, vn.congso.publicservice.DossierManagement dossiers,
                        LegalBasisLinks legalBasis) {
        this.dossiers = dossiers;
        this.legalBasis = legalBasis;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @GetMapping("/thu-tuc")
    String list(@RequestParam(required = false) String userType, @RequestParam(required = false) String topic,
                @RequestParam(required = false) String level, @RequestParam(required = false) String field, Model model) {
        Map<String, List<String>> values = catalogue.filterValues();
        ProcedureFilter filter;
        try {
            filter = ProcedureFilters.parse(userType, topic, level, field, null, values);
        } catch (CongsoException e) {
            model.addAttribute("filterError", true);
            filter = ProcedureFilter.any();
        }
        model.addAttribute("filter", filter);
        model.addAttribute("values", values);
        model.addAttribute("userTypes", UserType.values());
        model.addAttribute("levels", OnlineLevel.values());
        model.addAttribute("procedures", catalogue.search(filter));
        return "publicservice/procedures";
    }

    @GetMapping("/thu-tuc/{code}")
    String one(@PathVariable String code, java.security.Principal principal, Model model) {
        Procedure procedure = catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        dossiers.recordView(procedure.code(), principal == null ? null : principal.getName());
        model.addAttribute("procedure", procedure);
        model.addAttribute("legalLinks", legalBasis.links(procedure.legalBasis()));
        model.addAttribute("cutOffHour", calendar.cutOffHour());
        model.addAttribute("eForm", dossiers.hasEForm(code));
        if (procedure.timeLimit() != null) {
            // what the counter would write on the receipt for a complete dossier handed in now
            model.addAttribute("dueIfSubmittedNow",
                    calendar.dueAt(Instant.now(), procedure.timeLimit()).atZone(WorkingCalendar.VIETNAM).toLocalDateTime());
        }
        return "publicservice/procedure";
    }

    static String timeLimitText(MessageSource messages, TimeLimit limit, Locale locale) {
        String key = limit.amount() == 0 && limit.unit() == TimeLimit.Unit.WORKING_DAYS
                ? "publicservice.time.same-day" : "publicservice.time." + limit.unit().name();
        return messages.getMessage(key, new Object[] {limit.amount()}, locale);
    }
}
