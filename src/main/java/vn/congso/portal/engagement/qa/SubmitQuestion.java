package vn.congso.portal.engagement.qa;

/** A question or comment as sent (form or API); {@code website} is the honeypot, empty for people. */
record SubmitQuestion(String name, String email, String topic, String content, boolean consent, String website) {
}
