package vn.congso.portal;

/** How a document acts on an earlier one: thay thế, sửa đổi bổ sung, bãi bỏ. */
public enum LegalRelationKind {
    REPLACES, AMENDS, REPEALS
}
