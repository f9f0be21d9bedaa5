package vn.congso.documents;

import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Số, ký hiệu of a document (NĐ30 Phụ lục I mục II.3): {@code 05/QĐ-UBND} for a document with a
 * type name, {@code 12/UBND-VHXH} for a công văn, {@code 137/2024/NĐ-CP} for a normative document.
 *
 * @param year          only for normative documents, whose symbol carries the year of promulgation
 * @param type          the Appendix III abbreviation, or {@code null} for a công văn
 * @param issuer        abbreviation of the issuing agency or state title (UBND, CP)
 * @param draftingUnit  for a công văn: the drafting unit or field (VHXH); otherwise {@code null}
 */
public record NumberSymbol(int number, Integer year, String type, String issuer, String draftingUnit) {

    public NumberSymbol {
        if (number < 1) {
            throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, String.valueOf(number));
        }
        issuer = part(issuer, true);
        type = part(type, false);
        draftingUnit = part(draftingUnit, false);
        if (type == null && draftingUnit == null) {
            // NĐ30 Phụ lục I mục II.3 b: a công văn's symbol names the agency and the drafting unit or field
            throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, issuer);
        }
    }

    /**
     * The number and symbol of an administrative document of the given type. Types without an
     * abbreviation (công văn, thư công) take the drafting unit instead.
     */
    public static NumberSymbol of(int number, DocumentType type, String issuer, String draftingUnit) {
        return type.abbreviation()
                .map(abbreviation -> new NumberSymbol(number, null, abbreviation, issuer, null))
                .orElseGet(() -> new NumberSymbol(number, null, null, issuer, draftingUnit));
    }

    /** A normative document (văn bản quy phạm pháp luật): number/year/type-issuer, e.g. {@code 137/2024/NĐ-CP}. */
    public static NumberSymbol normative(int number, int year, String typeAbbreviation, String issuer) {
        if (year < 1945 || year > 9999) {
            throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, String.valueOf(year));
        }
        if (typeAbbreviation == null || typeAbbreviation.isBlank()) {
            throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, issuer);
        }
        return new NumberSymbol(number, year, typeAbbreviation, issuer, null);
    }

    /** Số: Arabic digits, numbers below 10 with a leading zero (NĐ30 Phụ lục I mục II.3 a). */
    public static String formatNumber(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** The number part ({@code CodeNumber} in edXML). */
    public String codeNumber() {
        return formatNumber(number);
    }

    /** Everything after the number and its slash ({@code CodeNotation} in edXML): {@code QĐ-UBND}. */
    public String notation() {
        String symbol = type == null ? issuer + "-" + draftingUnit : type + "-" + issuer;
        return year == null ? symbol : year + "/" + symbol;
    }

    @Override
    public String toString() {
        return codeNumber() + "/" + notation();
    }

    private static String part(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, String.valueOf(value));
            }
            return null;
        }
        String part = VietnameseText.nfc(value.strip());
        // NĐ30 Phụ lục I mục II.3: the parts are joined by "/" and "-" without spaces
        if (part.contains("/") || part.chars().anyMatch(Character::isWhitespace)) {
            throw new CongsoException(DocumentsError.INVALID_NUMBER_SYMBOL, part);
        }
        return part;
    }
}
