package vn.congso.agency;

/** Where the agency stands in the state apparatus; decides the form of its portal domain (NĐ42 Đ6 k4). */
public enum AgencyLevel {
    /** Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ: {@code tenbonganh.gov.vn}. */
    MINISTRY,
    /** Cơ quan trực thuộc bộ: {@code tendonvi.tenbonganh.gov.vn}. */
    MINISTRY_UNIT,
    /** UBND tỉnh, thành phố trực thuộc trung ương: {@code tentinhthanh.gov.vn}. */
    PROVINCE,
    /** Cơ quan chuyên môn thuộc UBND tỉnh: {@code tencoquan.tentinhthanh.gov.vn}. */
    PROVINCE_DEPARTMENT,
    /** UBND cấp huyện: {@code tenquanhuyen.tentinhthanh.gov.vn}. */
    DISTRICT,
    /** UBND cấp xã: {@code tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn} (or {@code tenxa.tentinh.gov.vn}). */
    COMMUNE
}
