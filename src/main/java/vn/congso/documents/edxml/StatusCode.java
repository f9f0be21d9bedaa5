package vn.congso.documents.edxml;

import java.util.Arrays;
import java.util.Optional;

/** Processing states a recipient reports back to the sender of a document. */
public enum StatusCode {
    /** 01 Đã đến. */
    ARRIVED("01"),
    /** 02 Từ chối tiếp nhận (with the reason in the description). */
    REJECTED("02"),
    /** 03 Đã tiếp nhận. */
    ACCEPTED("03"),
    /** 04 Phân công. */
    ASSIGNED("04"),
    /** 05 Đang xử lý. */
    IN_PROGRESS("05"),
    /** 06 Hoàn thành. */
    COMPLETED("06");

    private final String code;

    StatusCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StatusCode> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
