package vn.congso.portal.engagement.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.shared.VietnameseText;

/**
 * Outgoing e-mail, written in the caller's transaction: a message exists exactly when the change it
 * reports was committed, and {@link MailDispatcher} sends it afterwards.
 */
@Component
public class MailQueue {

    private final JdbcClient jdbc;

    MailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a plain-text message; {@code unsubscribeUrl} (may be null) becomes the RFC 8058 headers. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void enqueue(String recipient, String subject, String body, String unsubscribeUrl) {
        jdbc.sql("insert into portal_channel_mail (recipient, subject, body, unsubscribe_url) values (?, ?, ?, ?)")
                .params(recipient, VietnameseText.nfc(subject), VietnameseText.nfc(body), unsubscribeUrl)
                .update();
    }
}
