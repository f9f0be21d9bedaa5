package vn.congso.documents.edxml;

import java.util.Arrays;
import java.util.Optional;

/** Why an envelope is sent ({@code TraceHeaderList/Bussiness/BussinessDocType}). */
public enum BusinessDocType {
    /** Văn bản mới. */
    NEW(0),
    /** Thu hồi văn bản đã gửi. */
    RECALL(1),
    /** Cập nhật văn bản đã gửi. */
    UPDATE(2),
    /** Thay thế văn bản đã gửi. */
    REPLACE(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<BusinessDocType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
