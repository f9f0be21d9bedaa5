package vn.congso.portal.engagement.qa;

/** Where a question stands; the asker follows it with the tracking code (NĐ42 Đ8 k1 a). */
public enum QuestionStatus {
    RECEIVED, ASSIGNED, ANSWERED, PUBLISHED, DECLINED;

    boolean open() {
        return this == RECEIVED || this == ASSIGNED;
    }
}
