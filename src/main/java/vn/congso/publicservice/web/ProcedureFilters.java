package vn.congso.publicservice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.congso.publicservice.OnlineLevel;
import vn.congso.publicservice.ProcedureFilter;
import vn.congso.publicservice.PublicServiceError;
import vn.congso.publicservice.UserType;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/** Reads catalogue filters from request parameters: blank means any, an unknown value is refused. */
final class ProcedureFilters {

    private ProcedureFilters() {
    }

    static ProcedureFilter parse(String userType, String topic, String level, String field, String agency,
                                 Map<String, List<String>> known) {
        return new ProcedureFilter(
                constant(UserType.class, "userType", userType),
                known(known, "topic", topic),
                constant(OnlineLevel.class, "level", level),
                known(known, "field", field),
                known(known, "agency", agency));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String filter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CongsoException(PublicServiceError.UNKNOWN_FILTER_VALUE, filter, value);
        }
    }

    private static String known(Map<String, List<String>> known, String filter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = VietnameseText.nfc(value).strip();
        if (!known.getOrDefault(filter, List.of()).contains(normalised)) {
            throw new CongsoException(PublicServiceError.UNKNOWN_FILTER_VALUE, filter, value);
        }
        return normalised;
    }
}
