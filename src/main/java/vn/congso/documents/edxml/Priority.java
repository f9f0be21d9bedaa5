package vn.congso.documents.edxml;

import java.util.Arrays;
import java.util.Optional;

/** Độ khẩn of a document ({@code OtherInfo/Priority}). */
public enum Priority {
    /** Thường. */
    NORMAL(0),
    /** Khẩn. */
    URGENT(1),
    /** Thượng khẩn. */
    VERY_URGENT(2),
    /** Hỏa tốc. */
    EXPRESS(3),
    /** Hỏa tốc hẹn giờ. */
    TIMED_EXPRESS(4);

    private final int code;

    Priority(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<Priority> ofCode(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }
}
