package vn.congso.publicservice;

import java.util.Objects;

/**
 * Mã hồ sơ (TT 01/2018/TT-VPCP Đ19): {@code <mã định danh của cơ quan tiếp nhận>-<YYMMDD>-<4-digit
 * daily sequence>}, e.g. {@code 000.00.01.H41-250716-0001}.
 */
public record DossierCode(String value) {

    public DossierCode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
