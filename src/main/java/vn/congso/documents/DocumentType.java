package vn.congso.documents;

import java.util.Optional;

/**
 * The kinds of administrative document (văn bản hành chính) of Decree 30/2020 Art. 7 and their
 * abbreviations (chữ viết tắt tên loại văn bản) of Appendix III.
 */
public enum DocumentType {
    RESOLUTION("Nghị quyết", "NQ"),
    DECISION("Quyết định", "QĐ"),
    DIRECTIVE("Chỉ thị", "CT"),
    STATUTE("Quy chế", "QC"),
    REGULATION("Quy định", "QyĐ"),
    COMMUNIQUE("Thông cáo", "TC"),
    NOTICE("Thông báo", "TB"),
    GUIDANCE("Hướng dẫn", "HD"),
    PROGRAMME("Chương trình", "CTr"),
    PLAN("Kế hoạch", "KH"),
    OPTION_PLAN("Phương án", "PA"),
    SCHEME("Đề án", "ĐA"),
    PROJECT("Dự án", "DA"),
    REPORT("Báo cáo", "BC"),
    MINUTES("Biên bản", "BB"),
    SUBMISSION("Tờ trình", "TTr"),
    CONTRACT("Hợp đồng", "HĐ"),
    // NĐ30 Phụ lục I: a công văn carries no type abbreviation; its symbol names the drafting unit instead
    OFFICIAL_LETTER("Công văn", null),
    OFFICIAL_TELEGRAM("Công điện", "CĐ"),
    MEMORANDUM_OF_UNDERSTANDING("Bản ghi nhớ", "BGN"),
    AGREEMENT("Bản thỏa thuận", "BTT"),
    AUTHORISATION("Giấy ủy quyền", "GUQ"),
    INVITATION("Giấy mời", "GM"),
    INTRODUCTION("Giấy giới thiệu", "GGT"),
    LEAVE_PERMIT("Giấy nghỉ phép", "GNP"),
    DISPATCH_SLIP("Phiếu gửi", "PG"),
    TRANSFER_SLIP("Phiếu chuyển", "PC"),
    NOTIFICATION_SLIP("Phiếu báo", "PB"),
    // NĐ30 Phụ lục III lists no abbreviation for thư công; it is numbered like a công văn
    PUBLIC_LETTER("Thư công", null);

    private final String nameVi;
    private final String abbreviation;

    DocumentType(String nameVi, String abbreviation) {
        this.nameVi = nameVi;
        this.abbreviation = abbreviation;
    }

    /** The type's name as printed (tên loại văn bản). */
    public String nameVi() {
        return nameVi;
    }

    /** The Appendix III abbreviation; empty for công văn and thư công. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }
}
