package vn.congso.agency.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.congso.agency.AgencyLevel;
import vn.congso.agency.AgencyProfile;
import vn.congso.shared.VietnameseText;

/** What an agency profile must satisfy before it is saved, field by field. */
public final class ProfileRules {

    // QĐ 20/2020/QĐ-TTg: mã định danh điện tử V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.01.H55 (M a capital letter)
    private static final Pattern IDENTIFIER_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9]([A-Z0-9-]{0,18}[A-Z0-9])?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]+");
    static final int MAX_TEXT = 300;

    private ProfileRules() {
    }

    /** Trims every field, turns blanks into "not given", and writes codes in their canonical case. */
    public static AgencyProfile normalise(AgencyProfile p) {
        return new AgencyProfile(clean(p.nameVi()), clean(p.nameEn()), clean(p.parentName()), p.level(),
                clean(p.adminUnitCode()), upper(clean(p.identifierCode())), clean(p.address()), clean(p.phone()),
                lower(clean(p.email())), lower(PortalDomainRule.normalise(clean(p.domain()))), clean(p.systemName()),
                clean(p.systemOwner()), lower(clean(p.securityContactEmail())), clean(p.securityContactPhone()));
    }

    /** Field name → what is wrong with it; empty when the profile may be saved. Expects a normalised profile. */
    public static Map<String, RuleViolation> check(AgencyProfile p) {
        Map<String, RuleViolation> problems = new LinkedHashMap<>();
        required(problems, "nameVi", p.nameVi());
        if (p.level() == null) {
            problems.put("level", RuleViolation.of("form.required"));
        }
        // NĐ137 Đ5 k1 a: every paper copy of a data message names the information system and its owner
        required(problems, "systemName", p.systemName());
        required(problems, "systemOwner", p.systemOwner());
        lengths(problems, p);
        if (p.identifierCode() != null && !IDENTIFIER_CODE.matcher(p.identifierCode()).matches()) {
            problems.put("identifierCode", RuleViolation.of("form.identifier-code", p.identifierCode()));
        }
        if (p.adminUnitCode() != null && p.level() != null) {
            checkAdminUnitCode(problems, p.adminUnitCode(), p.level());
        }
        email(problems, "email", p.email());
        email(problems, "securityContactEmail", p.securityContactEmail());
        phone(problems, "phone", p.phone());
        phone(problems, "securityContactPhone", p.securityContactPhone());
        if (p.level() != null && !problems.containsKey("domain")) {
            PortalDomainRule.check(p.domain(), p.level(), p.nameVi(), p.parentName())
                    .ifPresent(problem -> problems.put("domain", problem));
        }
        return problems;
    }

    /** Danh mục đơn vị hành chính (QĐ 124/2004/QĐ-TTg): 2 digits for a province, 3 for a district, 5 for a commune. */
    private static void checkAdminUnitCode(Map<String, RuleViolation> problems, String code, AgencyLevel level) {
        int expected = switch (level) {
            case PROVINCE, PROVINCE_DEPARTMENT -> 2;
            case DISTRICT -> 3;
            case COMMUNE -> 5;
            default -> 0;
        };
        boolean digits = DIGITS.matcher(code).matches();
        boolean fits = expected == 0 ? code.length() == 2 || code.length() == 3 || code.length() == 5
                : code.length() == expected;
        if (!digits || !fits) {
            problems.put("adminUnitCode", expected == 0 ? RuleViolation.of("form.admin-unit-code-any", code)
                    : RuleViolation.of("form.admin-unit-code", code, expected));
        }
    }

    private static void required(Map<String, RuleViolation> problems, String field, String value) {
        if (value == null) {
            problems.put(field, RuleViolation.of("form.required"));
        }
    }

    private static void lengths(Map<String, RuleViolation> problems, AgencyProfile p) {
        String[][] fields = {{"nameVi", p.nameVi()}, {"nameEn", p.nameEn()}, {"parentName", p.parentName()},
                {"address", p.address()}, {"systemName", p.systemName()}, {"systemOwner", p.systemOwner()},
                {"domain", p.domain()}};
        for (String[] field : fields) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                problems.put(field[0], RuleViolation.of("form.too-long", MAX_TEXT));
            }
        }
    }

    private static void email(Map<String, RuleViolation> problems, String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            problems.put(field, RuleViolation.of("form.email", value));
        }
    }

    private static void phone(Map<String, RuleViolation> problems, String field, String value) {
        long digits = value == null ? 0 : value.chars().filter(Character::isDigit).count();
        if (value != null && (!PHONE.matcher(value).matches() || digits < 8 || digits > 15)) {
            problems.put(field, RuleViolation.of("form.phone", value));
        }
    }

    /**
     * What is wrong with a department's code and names (field names {@code code}, {@code nameVi},
     * {@code nameEn}); the code is not checked when it is null (a rename keeps it). Expects cleaned values.
     */
    public static Map<String, RuleViolation> checkDepartment(String code, String nameVi, String nameEn, boolean newCode) {
        Map<String, RuleViolation> problems = new LinkedHashMap<>();
        if (newCode) {
            if (code == null) {
                problems.put("code", RuleViolation.of("form.required"));
            } else if (!DEPARTMENT_CODE.matcher(code).matches()) {
                problems.put("code", RuleViolation.of("form.department-code", code));
            }
        }
        required(problems, "nameVi", nameVi);
        if (nameVi != null && nameVi.length() > MAX_TEXT) {
            problems.put("nameVi", RuleViolation.of("form.too-long", MAX_TEXT));
        }
        if (nameEn != null && nameEn.length() > MAX_TEXT) {
            problems.put("nameEn", RuleViolation.of("form.too-long", MAX_TEXT));
        }
        return problems;
    }

    /** A department code as stored: trimmed, upper case. */
    public static String departmentCode(String code) {
        return upper(clean(code));
    }

    /** Trimmed, NFC, and null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = VietnameseText.nfc(value.strip());
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
