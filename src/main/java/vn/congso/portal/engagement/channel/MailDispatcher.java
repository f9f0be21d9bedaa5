package vn.congso.portal.engagement.channel;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.portal.engagement.EngagementProperties;

/**
 * Sends the mail queue over SMTP. Due rows are locked with {@code for update skip locked}, so two
 * instances never take the same message; a row is marked sent in the transaction that sent it, so a
 * crash before the commit leaves it pending and it is sent again (at least once, never lost).
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final EngagementProperties properties;

    MailDispatcher(JdbcClient jdbc, JavaMailSender mail, TransactionTemplate transactions,
                   EngagementProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${congso.portal.engagement.mail-poll:10s}",
            initialDelayString = "${congso.portal.engagement.mail-poll:10s}")
    void poll() {
        dispatchDue(Instant.now());
    }

    /** Sends every message due at {@code now}; returns how many were sent. */
    public int dispatchDue(Instant now) {
        Integer sent = transactions.execute(tx -> {
            int count = 0;
            for (Row row : lockDue(now)) {
                count += send(row, now) ? 1 : 0;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private List<Row> lockDue(Instant now) {
        return jdbc.sql("""
                select id, recipient, subject, body, unsubscribe_url, attempts from portal_channel_mail
                where state = 'PENDING' and next_attempt_at <= ? order by id limit ? for update skip locked
                """).params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    private boolean send(Row row, Instant now) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(row.recipient());
            helper.setSubject(row.subject());
            helper.setText(row.body(), false);
            if (row.unsubscribeUrl() != null) {
                // RFC 8058: mail clients offer "unsubscribe" and POST "List-Unsubscribe=One-Click" to the URL
                message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mail.send(message);
            jdbc.sql("update portal_channel_mail set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
                    .params(Timestamp.from(now), row.id()).update();
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = row.attempts() + 1;
            String state = attempts >= properties.maxAttempts() ? "FAILED" : "PENDING";
            log.info("mail {} not sent (attempt {}): {}", row.id(), attempts, e.getMessage());
            jdbc.sql("update portal_channel_mail set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(state, attempts, Timestamp.from(now.plus(properties.backoff(row.attempts()))),
                            String.valueOf(e.getMessage()), row.id())
                    .update();
            return false;
        }
    }

    private record Row(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
    }
}
