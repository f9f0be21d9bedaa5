package vn.congso.portal;

/** Tình trạng hiệu lực of a legal document, shown with it on the portal (NĐ42 Đ4 k1 a). */
public enum LegalDocumentStatus {
    NOT_YET_IN_FORCE, IN_FORCE, PARTLY_IN_FORCE, EXPIRED
}
