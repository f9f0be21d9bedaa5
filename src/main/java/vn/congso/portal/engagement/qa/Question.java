package vn.congso.portal.engagement.qa;

import java.time.Instant;

/** A question or comment as staff see it; the public never sees {@code askerName} or {@code askerEmail}. */
record Question(long id, String trackingCode, String askerName, String askerEmail, String accountName,
                QuestionTopic topic, String content, QuestionStatus status, String departmentCode, String assignee,
                String answer, String answeredBy, Instant answeredAt, String publicContent, Instant publishedAt,
                String declineReason, Instant createdAt, Instant updatedAt) {

    /** What the public reads: the question as published (staff may have removed personal details). */
    public String publishedQuestion() {
        return publicContent != null ? publicContent : content;
    }
}
