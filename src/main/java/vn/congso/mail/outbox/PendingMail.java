package vn.congso.mail.outbox;

/** A due row of {@code mail_outbox}, locked by the round that sends it. */
record PendingMail(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
}
