package vn.congso.agency.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congso.agency.AgencyLevel;
import vn.congso.shared.VietnameseText;

/**
 * The form of a state agency's portal domain by its level (NĐ42 Đ6 k4): the labels before
 * {@code .gov.vn}, most specific first. Where the decree asks for the full name without diacritics
 * (provinces, districts, communes) and the agency's name says what it is, the label must match it;
 * ministries and their units may use abbreviations or English names, so their labels are not checked
 * against the name.
 */
public final class PortalDomainRule {

    private static final String SUFFIX = ".gov.vn";
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern ALLOWED_CHAR = Pattern.compile("[a-z0-9-]");
    // NĐ42 Đ6 k4 b: the one province-level name that is not the folded Vietnamese name
    static final String HO_CHI_MINH_CITY = "hochiminhcity";

    private PortalDomainRule() {
    }

    /** Parts of the domain per level, most specific first, as message keys of their names. */
    private record Form(int minLabels, List<String> parts) {
    }

    private static Form form(AgencyLevel level) {
        return switch (level) {
            // NĐ42 Đ6 k4 a: tenbonganh.gov.vn; tendonvi.tenbonganh.gov.vn
            case MINISTRY -> new Form(1, List.of("ministry"));
            case MINISTRY_UNIT -> new Form(2, List.of("unit", "ministry"));
            // NĐ42 Đ6 k4 b: tentinhthanh.gov.vn; tencoquan.tentinhthanh.gov.vn
            case PROVINCE -> new Form(1, List.of("province"));
            case PROVINCE_DEPARTMENT -> new Form(2, List.of("department", "province"));
            // NĐ42 Đ6 k4 c: tenquanhuyen.tentinhthanh.gov.vn
            case DISTRICT -> new Form(2, List.of("district", "province"));
            // NĐ42 Đ6 k4 d: tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn; since districts were abolished
            // (Luật Tổ chức chính quyền địa phương 2025) also tenxa.tentinh.gov.vn
            case COMMUNE -> new Form(2, List.of("commune", "district", "province"));
        };
    }

    /** The domain as stored: trimmed, lower case (DNS ignores case), without a trailing dot. */
    public static String normalise(String domain) {
        if (domain == null) {
            return null;
        }
        String value = VietnameseText.nfc(domain.strip()).toLowerCase(Locale.ROOT);
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * The first thing wrong with the domain for an agency of this level and name, or empty when it
     * follows the decree.
     *
     * @param agencyName Vietnamese name of the agency (may be null)
     * @param parentName Vietnamese name of the parent agency (may be null)
     */
    public static Optional<RuleViolation> check(String domain, AgencyLevel level, String agencyName, String parentName) {
        String value = normalise(domain);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.contains("/") || value.contains(":") || value.contains("@") || value.contains(" ")) {
            return Optional.of(RuleViolation.of("domain.not-a-name"));
        }
        if (!value.endsWith(SUFFIX) && !value.equals(SUFFIX.substring(1))) {
            // NĐ42 Đ6 k4: the national domain .vn, under gov.vn for state agencies
            return Optional.of(RuleViolation.of("domain.not-gov-vn", value));
        }
        String head = value.length() <= SUFFIX.length() ? "" : value.substring(0, value.length() - SUFFIX.length());
        List<String> labels = head.isEmpty() ? List.of() : List.of(head.split("\\.", -1));
        for (String label : labels) {
            Optional<RuleViolation> problem = checkLabel(label);
            if (problem.isPresent()) {
                return problem;
            }
        }
        Form form = form(level);
        Object levelName = RuleViolation.text("agency.level.short." + level.name());
        Object pattern = RuleViolation.text("agency.domain.pattern." + level.name());
        if (labels.isEmpty()) {
            return Optional.of(RuleViolation.of("domain.missing-part", levelName, pattern, part(form.parts().get(0))));
        }
        if (labels.size() < form.minLabels()) {
            return Optional.of(RuleViolation.of("domain.missing-part", levelName, pattern,
                    part(form.parts().get(form.parts().size() - 1))));
        }
        if (labels.size() > form.parts().size()) {
            return Optional.of(RuleViolation.of("domain.extra-part", levelName, pattern, labels.get(0)));
        }
        return checkNames(labels, level, agencyName, parentName);
    }

    private static Object part(String key) {
        return RuleViolation.text("agency.domain.part." + key);
    }

    private static Optional<RuleViolation> checkLabel(String label) {
        if (label.isEmpty()) {
            return Optional.of(RuleViolation.of("domain.empty-part"));
        }
        if (LABEL.matcher(label).matches()) {
            return label.length() > 63 ? Optional.of(RuleViolation.of("domain.part-too-long", label)) : Optional.empty();
        }
        String folded = VietnameseText.withoutDiacritics(label);
        if (!folded.equals(label) && LABEL.matcher(folded).matches()) {
            return Optional.of(RuleViolation.of("domain.diacritics", label, folded));
        }
        for (int i = 0; i < label.length(); i++) {
            String c = String.valueOf(label.charAt(i));
            if (!ALLOWED_CHAR.matcher(c).matches()) {
                String foldedChar = VietnameseText.withoutDiacritics(c);
                return Optional.of(ALLOWED_CHAR.matcher(foldedChar).matches() && foldedChar.length() == 1
                        ? RuleViolation.of("domain.diacritics", label, folded)
                        : RuleViolation.of("domain.invalid-character", label, c));
            }
        }
        return Optional.of(RuleViolation.of("domain.hyphen-at-edge", label));
    }

    /** NĐ42 Đ6 k4 b, c, d: provinces, districts and communes use their full names without diacritics. */
    private static Optional<RuleViolation> checkNames(List<String> labels, AgencyLevel level, String agencyName,
                                                      String parentName) {
        switch (level) {
            case PROVINCE:
                return compare(labels.get(0), AdministrativeName.provinceLabel(agencyName), agencyName, "province");
            case DISTRICT: {
                Optional<RuleViolation> own = compare(labels.get(0), AdministrativeName.label(agencyName), agencyName, "district");
                return own.isPresent() ? own
                        : compare(labels.get(1), AdministrativeName.provinceLabel(parentName), parentName, "province");
            }
            case COMMUNE: {
                Optional<RuleViolation> own = compare(labels.get(0), AdministrativeName.label(agencyName), agencyName, "commune");
                if (own.isPresent() || labels.size() < 3 || !AdministrativeName.isDistrict(parentName)) {
                    return own;
                }
                return compare(labels.get(1), AdministrativeName.label(parentName), parentName, "district");
            }
            default:
                return Optional.empty();
        }
    }

    private static Optional<RuleViolation> compare(String label, Optional<String> expected, String name, String part) {
        if (expected.isEmpty() || expected.get().equals(label)) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of("domain.name-mismatch", label, part(part), expected.get(), name));
    }

    /** The label the decree expects for an agency's own name, when the name says it (for hints on the form). */
    public static Optional<String> expectedLabel(AgencyLevel level, String agencyName) {
        return switch (level) {
            case PROVINCE -> AdministrativeName.provinceLabel(agencyName);
            case DISTRICT, COMMUNE -> AdministrativeName.label(agencyName);
            default -> Optional.empty();
        };
    }
}
