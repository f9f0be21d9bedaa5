package vn.congso.portal.legal.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Số, ký hiệu of a document as printed after "Số:" (NĐ30/2020 Phụ lục I, mục II.3): number / year /
 * symbol for legal normative documents ({@code 137/2024/NĐ-CP}), number / symbol for administrative
 * ones ({@code 12/UBND-VHXH}). A draft prints no number ({@code /UBND-VHXH}): number stays null.
 *
 * @param code   the code as printed, without "Số:"
 * @param number the number, null when missing
 * @param year   the year inside the code, null when the code has none
 * @param symbol the symbol after the last number ({@code NĐ-CP}, {@code UBND-VHXH})
 */
public record NumberSymbol(String code, Integer number, Integer year, String symbol) {

    private static final Pattern WITH_YEAR = Pattern.compile("^(\\d*)/((?:19|20)\\d{2})/(\\S+)$");
    private static final Pattern WITHOUT_YEAR = Pattern.compile("^(\\d*)/(\\S+)$");

    public static NumberSymbol parse(String code) {
        String value = code.strip().replaceAll("\\s*/\\s*", "/").replaceAll("[.,;]+$", "");
        Matcher m = WITH_YEAR.matcher(value);
        if (m.matches()) {
            return new NumberSymbol(value, number(m.group(1)), Integer.valueOf(m.group(2)), m.group(3));
        }
        m = WITHOUT_YEAR.matcher(value);
        if (m.matches()) {
            return new NumberSymbol(value, number(m.group(1)), null, m.group(2));
        }
        return new NumberSymbol(value, null, null, null);
    }

    private static Integer number(String digits) {
        return digits.isEmpty() || digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    /** Lower-case ASCII slug of the code: {@code 137/2024/NĐ-CP} → {@code 137-2024-nd-cp}. */
    public String slug() {
        return vn.congso.shared.VietnameseText.withoutDiacritics(code).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
