package vn.congso.portal.engagement.qa;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.congso.portal.engagement.channel.Subscriptions;

/** Checks a submitted question; the answer maps each wrong field to the message key of its error. */
final class QuestionRules {

    static final int MAX_CONTENT = 5000;

    private QuestionRules() {
    }

    static Map<String, String> check(SubmitQuestion q) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (blank(q.name())) {
            wrong.put("name", "engagement.form.required");
        } else if (q.name().strip().length() > 200) {
            wrong.put("name", "engagement.form.too-long");
        }
        if (blank(q.email())) {
            wrong.put("email", "engagement.form.required");
        } else if (!Subscriptions.validEmail(q.email().strip())) {
            wrong.put("email", "engagement.form.email");
        }
        if (QuestionTopic.parse(q.topic()) == null) {
            wrong.put("topic", "engagement.form.topic");
        }
        if (blank(q.content())) {
            wrong.put("content", "engagement.form.required");
        } else if (q.content().strip().length() > MAX_CONTENT) {
            wrong.put("content", "engagement.form.too-long");
        }
        // NĐ13/2023 Đ11: processing personal data needs the data subject's consent
        if (!q.consent()) {
            wrong.put("consent", "engagement.form.consent");
        }
        return wrong;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
