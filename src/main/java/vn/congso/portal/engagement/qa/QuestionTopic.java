package vn.congso.portal.engagement.qa;

/** What a question or comment is about; labels {@code engagement.topic.*}. */
public enum QuestionTopic {
    PROCEDURES, LEGAL_DOCUMENTS, POLICY_FEEDBACK, PORTAL_FEEDBACK, OTHER;

    static QuestionTopic parse(String value) {
        if (value == null) {
            return null;
        }
        for (QuestionTopic topic : values()) {
            if (topic.name().equalsIgnoreCase(value.strip())) {
                return topic;
            }
        }
        return null;
    }
}
