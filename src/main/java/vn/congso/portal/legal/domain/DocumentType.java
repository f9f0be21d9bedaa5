package vn.congso.portal.legal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of documents a portal publishes, with the name printed in the document's header (NĐ30/2020
 * Đ8; Luật Ban hành văn bản quy phạm pháp luật Đ4). {@link #OFFICIAL_LETTER} has no name line: it is
 * recognised by its "V/v" summary.
 */
public enum DocumentType {
    CONSTITUTION("HIẾN PHÁP"),
    CODE("BỘ LUẬT"),
    LAW("LUẬT"),
    ORDINANCE("PHÁP LỆNH"),
    ORDER("LỆNH"),
    RESOLUTION("NGHỊ QUYẾT"),
    JOINT_RESOLUTION("NGHỊ QUYẾT LIÊN TỊCH"),
    DECREE("NGHỊ ĐỊNH"),
    DECISION("QUYẾT ĐỊNH"),
    JOINT_CIRCULAR("THÔNG TƯ LIÊN TỊCH"),
    CIRCULAR("THÔNG TƯ"),
    DIRECTIVE("CHỈ THỊ"),
    REGULATION("QUY CHẾ"),
    RULE("QUY ĐỊNH"),
    GUIDANCE("HƯỚNG DẪN"),
    PLAN("KẾ HOẠCH"),
    NOTICE("THÔNG BÁO"),
    REPORT("BÁO CÁO"),
    SUBMISSION("TỜ TRÌNH"),
    OFFICIAL_LETTER("CÔNG VĂN");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String heading;

    DocumentType(String heading) {
        this.heading = heading;
    }

    /** The name as the header prints it, upper case ("NGHỊ ĐỊNH"). */
    public String heading() {
        return heading;
    }

    /** The name as a citation writes it ("Nghị định"). */
    public String citationName() {
        String lower = heading.toLowerCase(VIETNAMESE);
        return lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    /** The type whose header line this is, compared after collapsing spaces; "CÔNG VĂN" never appears as a line. */
    public static Optional<DocumentType> ofHeading(String line) {
        String normalised = line.strip().replaceAll("\\s+", " ").toUpperCase(VIETNAMESE);
        return Arrays.stream(values()).filter(t -> t != OFFICIAL_LETTER && t.heading.equals(normalised)).findFirst();
    }

    public static Optional<DocumentType> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.strip().replaceAll("\\s+", " ").toUpperCase(VIETNAMESE);
        return Arrays.stream(values()).filter(t -> t.heading.equals(normalised) || t.name().equals(normalised)).findFirst();
    }
}
