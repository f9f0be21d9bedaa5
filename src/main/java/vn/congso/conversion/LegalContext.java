package vn.congso.conversion;

import java.util.Locale;

/**
 * Which law the marker's wording follows. The wording is a message template per context and
 * direction: {@code conversion.marker.to-electronic.<context>} and {@code conversion.marker.to-paper.<context>}.
 */
public enum LegalContext {
    /** NĐ137 Đ4 k1 a, Đ5 k2 a: the general marker. */
    GENERAL,
    /** NĐ137 Đ4 k1 b, Đ5 k2 b: notarisation, certification, certified and extracted copies follow their own law. */
    CERTIFIED_COPY,
    /** NĐ137 Đ4 k1 c, Đ5 k2 c: results of administrative procedures (NĐ45/2020 Đ25 k3 c, Đ18). */
    PROCEDURE_RESULT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
