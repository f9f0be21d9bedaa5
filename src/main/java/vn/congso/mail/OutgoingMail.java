package vn.congso.mail;

import java.util.Objects;

/**
 * A plain-text message to one recipient.
 *
 * @param recipient      the address it goes to
 * @param subject        subject line
 * @param body           plain-text body
 * @param unsubscribeUrl one-click unsubscribe URL of a mailing list (RFC 8058), or null for a
 *                       transactional message
 * @param reference      what the message is about (e.g. a dossier code), kept with the row so an
 *                       operator can find the mails of a case; may be null
 */
public record OutgoingMail(String recipient, String subject, String body, String unsubscribeUrl, String reference) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public static OutgoingMail to(String recipient, String subject, String body) {
        return new OutgoingMail(recipient, subject, body, null, null);
    }

    /** The same message sent as part of a list the recipient can leave in one click. */
    public OutgoingMail withUnsubscribeUrl(String url) {
        return new OutgoingMail(recipient, subject, body, url, reference);
    }

    public OutgoingMail about(String reference) {
        return new OutgoingMail(recipient, subject, body, unsubscribeUrl, reference);
    }
}
