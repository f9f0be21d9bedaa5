package vn.congso.publicservice;

import java.util.List;
import java.util.Set;
import vn.congso.shared.calendar.TimeLimit;

/**
 * An administrative procedure of the catalogue (thủ tục hành chính, NĐ42 Đ12).
 *
 * @param code        national code (mã thủ tục) of the national procedure database, e.g. {@code 1.001193}
 * @param legalBasis  numbers and symbols of the legal documents (số ký hiệu, e.g. {@code 123/2015/NĐ-CP})
 * @param timeLimit   null when the procedure has no fixed time limit
 * @param timeNote    the time limit as the law words it, with its exceptions
 */
public record Procedure(String code, String name, String field, String agency, Set<UserType> userTypes,
                        String topic, List<String> legalBasis, String fee, TimeLimit timeLimit, String timeNote,
                        String result, ProcedureFlags flags, List<DossierComponent> components,
                        List<ProcedureStep> steps, String source) {

    public Procedure {
        userTypes = Set.copyOf(userTypes);
        legalBasis = List.copyOf(legalBasis);
        components = List.copyOf(components);
        steps = List.copyOf(steps);
    }

    public OnlineLevel.Assessment assessment() {
        return OnlineLevel.assess(flags);
    }

    public OnlineLevel level() {
        return assessment().level();
    }
}
