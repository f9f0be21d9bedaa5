package vn.congso.portal.engagement.rating;

/** What is rated, NĐ42 Đ8 k1 d: «giao diện, nội dung, chất lượng, sự hỗ trợ». Labels {@code engagement.rating.criterion.*}. */
public enum Criterion {
    INTERFACE, CONTENT, QUALITY, SUPPORT;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
