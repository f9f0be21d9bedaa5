package vn.congso.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as the platform stores it. Input may arrive decomposed (NFD, as macOS and some
 * keyboards send it); everything is stored and compared composed (NFC), so "Nghị định" typed two
 * ways is one string.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC-normalises a value; null stays null. */
    public static String nfc(String value) {
        if (value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Lowercase ASCII without diacritics ("Thái Nguyên" → "thai nguyen", "Đ" → "d"): the form of
     * gov.vn domain labels and of diacritic-insensitive matching.
     */
    public static String withoutDiacritics(String value) {
        if (value == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
