package vn.congso.publicservice.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congso.publicservice.DossierComponent;
import vn.congso.publicservice.ImportReport;
import vn.congso.publicservice.Procedure;
import vn.congso.publicservice.ProcedureFlags;
import vn.congso.publicservice.ProcedureStep;
import vn.congso.publicservice.UserType;
import vn.congso.shared.VietnameseText;
import vn.congso.shared.calendar.TimeLimit;

/**
 * Turns the items of an import (JSON objects, or CSV rows made into the same shape) into procedures,
 * naming every problem of every row. The format is described in {@code docs/notes/calendar.md}.
 */
public final class ProcedureReader {

    /** Mã thủ tục of the national procedure database: {@code 1.001193}, {@code 2.000815}. */
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");
    /** Số ký hiệu: number, optional year, symbol (e.g. {@code 60/2014/QH13}, {@code 66.7/2025/NQ-CP}). */
    private static final Pattern NUMBER_SYMBOL = Pattern.compile("\\d+(\\.\\d+)?(/\\d{4})?/[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)*");

    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private final List<Procedure> procedures = new ArrayList<>();

    public List<Procedure> procedures() {
        return List.copyOf(procedures);
    }

    public List<ImportReport.Problem> problems() {
        return List.copyOf(problems);
    }

    /** Reads one item; its problems are added to the list and it is left out. */
    public void read(int row, JsonNode item) {
        int before = problems.size();
        String code = text(row, item, "code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            problem(row, "code-format", code);
        } else if (code != null && !codes.add(code)) {
            problem(row, "duplicate-code", code);
        }
        String name = text(row, item, "name", true);
        String field = text(row, item, "field", true);
        String agency = text(row, item, "agency", true);
        String topic = text(row, item, "topic", true);
        String result = text(row, item, "result", true);
        Set<UserType> userTypes = userTypes(row, item.path("userTypes"));
        List<String> legalBasis = new ArrayList<>();
        for (JsonNode basis : item.path("legalBasis")) {
            String value = VietnameseText.nfc(basis.asText()).strip();
            if (!NUMBER_SYMBOL.matcher(value).matches()) {
                problem(row, "legal-basis", value);
            }
            legalBasis.add(value);
        }
        TimeLimit limit = timeLimit(row, item.path("time"));
        JsonNode flags = item.path("flags");
        ProcedureFlags procedureFlags = new ProcedureFlags(bool(row, flags, "requiresPresence"),
                bool(row, flags, "requiresSiteVerification"), bool(row, flags, "resultPaperOnly"),
                bool(row, item, "feeCharged"), bool(row, flags, "feePayableOnline"), bool(row, flags, "eformAvailable"));
        List<DossierComponent> components = components(row, item.path("components"));
        List<ProcedureStep> steps = steps(row, item.path("steps"));
        if (problems.size() == before) {
            procedures.add(new Procedure(code, name, field, agency, userTypes, topic, legalBasis,
                    text(row, item, "fee", false), limit, text(row, item, "timeNote", false), result, procedureFlags,
                    components, steps, text(row, item, "source", false)));
        }
    }

    private Set<UserType> userTypes(int row, JsonNode node) {
        Set<UserType> types = EnumSet.noneOf(UserType.class);
        for (JsonNode type : node) {
            try {
                types.add(UserType.valueOf(type.asText().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem(row, "user-type", type.asText());
            }
        }
        if (node.isEmpty()) {
            problem(row, "user-type-missing");
        }
        return types;
    }

    private TimeLimit timeLimit(int row, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        JsonNode value = node.path("amount");
        int amount = value.isIntegralNumber() ? value.asInt()
                : value.isTextual() && !value.asText().isBlank() ? parse(value.asText()) : -1;
        if (amount < 0) {
            problem(row, "time-amount", value.asText());
            return null;
        }
        try {
            return new TimeLimit(amount, TimeLimit.Unit.valueOf(node.path("unit").asText().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problem(row, "time-unit", node.path("unit").asText());
            return null;
        }
    }

    private List<DossierComponent> components(int row, JsonNode node) {
        List<DossierComponent> components = new ArrayList<>();
        for (JsonNode c : node) {
            String name = text(row, c, "name", true);
            int originals = count(row, c, "originals");
            int copies = count(row, c, "copies");
            components.add(new DossierComponent(name, originals, copies, text(row, c, "templateFile", false),
                    bool(row, c, "conditional"), bool(row, c, "presentOnly")));
        }
        // may be empty: a periodic review the commune runs itself (e.g. 1.011606 rà soát hộ nghèo) takes no dossier
        return components;
    }

    private List<ProcedureStep> steps(int row, JsonNode node) {
        List<ProcedureStep> steps = new ArrayList<>();
        int position = 1;
        for (JsonNode s : node) {
            steps.add(new ProcedureStep(position++, text(row, s, "actor", true), text(row, s, "description", true),
                    count(row, s, "allowanceHours")));
        }
        return steps;
    }

    private String text(int row, JsonNode node, String name, boolean required) {
        JsonNode value = node.path(name);
        String text = value.isMissingNode() || value.isNull() ? "" : VietnameseText.nfc(value.asText()).strip();
        if (text.isEmpty()) {
            if (required) {
                problem(row, "missing", name);
            }
            return null;
        }
        return text;
    }

    private int count(int row, JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        int number = value.isIntegralNumber() ? value.asInt() : parse(value.asText());
        if (number < 0) {
            problem(row, "count", name, value.asText());
            return 0;
        }
        return number;
    }

    private static int parse(String text) {
        try {
            return text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private boolean bool(int row, JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull() || value.isBoolean()) {
            return value.asBoolean(false);
        }
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        if (Set.of("true", "1", "x", "có", "co").contains(VietnameseText.nfc(text))) {
            return true;
        }
        if (Set.of("false", "0", "", "không", "khong").contains(VietnameseText.nfc(text))) {
            return false;
        }
        problem(row, "boolean", name, value.asText());
        return false;
    }

    private void problem(int row, String key, Object... arguments) {
        problems.add(new ImportReport.Problem(row, "publicservice.import.error." + key, List.of(arguments)));
    }
}
