package vn.congso.publicservice.web;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.publicservice.DossierComponent;
import vn.congso.publicservice.OnlineLevel;
import vn.congso.publicservice.Procedure;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.ProcedureStep;
import vn.congso.publicservice.UserType;

/** The procedure catalogue as JSON (NĐ42 Đ12 k2: by user type, topic, level and agency). */
@RestController
@PermitAll
class ProcedureApiController {

    private final ProcedureCatalogue catalogue;
    private final MessageSource messages;

    ProcedureApiController(ProcedureCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    record Reason(String code, String text) {
    }

    record TimeLimitView(int amount, String unit, String text) {
    }

    record ProcedureView(String code, String name, String field, String agency, List<UserType> userTypes, String topic,
                         OnlineLevel level, List<Reason> levelReasons, List<String> legalBasis, String fee,
                         TimeLimitView timeLimit, String timeNote, String result, List<DossierComponent> components,
                         List<ProcedureStep> steps, String url) {
    }

    @GetMapping("/api/v1/procedures")
    List<ProcedureView> list(@RequestParam(required = false) String userType, @RequestParam(required = false) String topic,
                             @RequestParam(required = false) String level, @RequestParam(required = false) String agency,
                             @RequestParam(required = false) String field, Locale locale) {
        return catalogue.search(ProcedureFilters.parse(userType, topic, level, field, agency, catalogue.filterValues()))
                .stream().map(p -> view(p, locale)).toList();
    }

    @GetMapping("/api/v1/procedures/{code}")
    ProcedureView one(@PathVariable String code, Locale locale) {
        return view(catalogue.get(code), locale);
    }

    private ProcedureView view(Procedure p, Locale locale) {
        OnlineLevel.Assessment assessment = p.assessment();
        List<Reason> reasons = assessment.reasons().stream()
                .map(r -> new Reason(r.name(), messages.getMessage(r.messageKey(), null, locale))).toList();
        TimeLimitView limit = p.timeLimit() == null ? null : new TimeLimitView(p.timeLimit().amount(),
                p.timeLimit().unit().name(), ProcedureController.timeLimitText(messages, p.timeLimit(), locale));
        return new ProcedureView(p.code(), p.name(), p.field(), p.agency(), p.userTypes().stream().sorted().toList(),
                p.topic(), assessment.level(), reasons, p.legalBasis(), p.fee(), limit, p.timeNote(), p.result(),
                p.components(), p.steps(), "/thu-tuc/" + p.code());
    }
}
