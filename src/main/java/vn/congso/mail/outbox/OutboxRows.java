package vn.congso.mail.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.mail.OutgoingMail;
import vn.congso.shared.VietnameseText;
import vn.congso.shared.database.CommitPipeline;

/** The {@code mail_outbox} rows. */
@Repository
class OutboxRows {

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The statement that inserts the mails, in the order given (ids follow it). */
    CommitPipeline.Statement insert(List<OutgoingMail> mails) {
        return new CommitPipeline.Statement("""
                insert into mail_outbox (recipient, subject, body, unsubscribe_url, reference)
                select recipient, subject, body, unsubscribe_url, reference
                from unnest(:recipients, :subjects, :bodies, :unsubscribe, :references)
                  with ordinality as m(recipient, subject, body, unsubscribe_url, reference, n)
                order by n""",
                java.util.Map.of("recipients", column(mails, OutgoingMail::recipient),
                        "subjects", column(mails, m -> VietnameseText.nfc(m.subject())),
                        "bodies", column(mails, m -> VietnameseText.nfc(m.body())),
                        "unsubscribe", column(mails, OutgoingMail::unsubscribeUrl),
                        "references", column(mails, OutgoingMail::reference)), null);
    }

    private static String[] column(List<OutgoingMail> mails, java.util.function.Function<OutgoingMail, String> field) {
        return mails.stream().map(field).toArray(String[]::new);
    }

    /** Locks up to {@code limit} due rows, skipping those another instance holds; oldest first. */
    List<PendingMail> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                select id, recipient, subject, body, unsubscribe_url, attempts from mail_outbox
                where state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ? for update skip locked
                """).params(Timestamp.from(now), limit)
                .query((rs, n) -> new PendingMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    void markSent(List<Long> ids, Instant now) {
        jdbc.sql("update mail_outbox set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = any(?)")
                .params(Timestamp.from(now), ids.toArray(Long[]::new)).update();
    }

    void markFailedAttempt(PendingMail mail, boolean givenUp, Instant nextAttempt, String error) {
        jdbc.sql("update mail_outbox set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(givenUp ? "FAILED" : "PENDING", mail.attempts() + 1, Timestamp.from(nextAttempt), error, mail.id())
                .update();
    }
}
