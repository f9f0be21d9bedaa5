package vn.congso.publicservice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.congso.shared.VietnameseText;

/**
 * The e-form of a procedure (biểu mẫu điện tử tương tác, NĐ137 Đ8 k7), defined as data in
 * {@code publicservice/forms/<code>.json}.
 *
 * @param result name of the result document the procedure issues
 */
public record EForm(String procedure, String result, List<Field> fields) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The forms' field patterns, compiled once each: every receipt checks its form (bench/dossiers.sh). */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public EForm {
        fields = List.copyOf(fields);
    }

    /**
     * One field. {@code prefill} names a profile item ({@code fullName}, {@code citizenId}, {@code phone},
     * {@code email}); {@code reuse} names {@code <procedure>:<field>} of a result already in the citizen's
     * data store (NĐ137 Đ8 k4: results in the data store are reused, not asked for again). A {@code choice}
     * field offers only its {@code options} (a list, not a pattern: the citizen picks, never types).
     */
    public record Field(String name, String type, boolean required, String label, String pattern, String patternHint,
                        String min, String max, String prefill, String reuse, List<String> options) {

        public Field {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** What is wrong with one field: a message key of the dossier bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) {
        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    /** Values normalised to NFC and trimmed, only for the form's fields. */
    public Map<String, String> normalise(Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = submitted.get(field.name());
            values.put(field.name(), value == null ? "" : VietnameseText.nfc(value).strip());
        }
        return values;
    }

    /** Problems per field name, empty when the values can be submitted. */
    public Map<String, Problem> problems(Map<String, String> values, LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = values.getOrDefault(field.name(), "");
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.put(field.name(), Problem.of("dossier.field-error.required"));
                }
                continue;
            }
            Problem problem = check(field, value, today);
            if (problem != null) {
                problems.put(field.name(), problem);
            }
        }
        return problems;
    }

    private static Problem check(Field field, String value, LocalDate today) {
        switch (field.type()) {
            case "date" -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return Problem.of("dossier.field-error.date");
                }
                if ("today".equals(field.max()) && date.isAfter(today)) {
                    return Problem.of("dossier.field-error.future-date");
                }
            }
            case "number" -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return Problem.of("dossier.field-error.number");
                }
                if (field.min() != null && number < Long.parseLong(field.min())
                        || field.max() != null && number > Long.parseLong(field.max())) {
                    return Problem.of("dossier.field-error.range", field.min(), field.max());
                }
            }
            case "choice" -> {
                if (!field.options().contains(value)) {
                    return Problem.of("dossier.field-error.choice", String.join(", ", field.options()));
                }
            }
            case "email" -> {
                if (!EMAIL.matcher(value).matches()) {
                    return Problem.of("dossier.field-error.email");
                }
            }
            default -> {
                if (field.max() != null && value.length() > Integer.parseInt(field.max())) {
                    return Problem.of("dossier.field-error.too-long", field.max());
                }
            }
        }
        if (field.pattern() != null && !PATTERNS.computeIfAbsent(field.pattern(), Pattern::compile).matcher(value).matches()) {
            return Problem.of("dossier.field-error.pattern", field.patternHint());
        }
        return null;
    }
}
