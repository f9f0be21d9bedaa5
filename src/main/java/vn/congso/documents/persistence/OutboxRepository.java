package vn.congso.documents.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Envelopes waiting for delivery to peers (at-least-once). */
@Repository
public class OutboxRepository {

    /** One envelope to deliver. */
    public record Entry(long id, String recipient, String documentId, String envelope, int attempts, String path) {

        public Entry(long id, String recipient, String documentId, String envelope, int attempts) {
            this(id, recipient, documentId, envelope, attempts, "/api/v1/edxml/inbox");
        }
    }

    /** The delivery state of an envelope as a sender sees it. */
    public record State(String state, int attempts, Instant nextAttemptAt, String statusCode, String lastError) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an envelope; queuing the same document for the same recipient again changes nothing. */
    public Optional<Long> enqueue(String recipient, String documentId, String envelope) {
        return enqueue(recipient, documentId, envelope, "/api/v1/edxml/inbox");
    }

    /** Queues a message to the given path of the recipient (the inbox, or the status endpoint). */
    public Optional<Long> enqueue(String recipient, String documentId, String envelope, String path) {
        return jdbc.sql("""
                insert into documents_outbox (recipient_organ_id, document_id, envelope, path) values (?, ?, ?, ?)
                on conflict (recipient_organ_id, document_id) do nothing returning id
                """).params(recipient, documentId, envelope, path).query(Long.class).optional();
    }

    /**
     * Claims the oldest due envelope for {@code lease}: the claim is committed at once and the envelope is
     * not due again until the lease ends, so no transaction (and no row lock) is held while it is sent.
     * Rows another dispatcher is claiming are skipped, not waited for, so several instances can poll the
     * same table. If the dispatcher dies before recording the outcome, the envelope becomes due again
     * when the lease ends and is sent once more (at least once); the receiver keeps one copy per DocumentId.
     * The attempt is counted at the claim, so an attempt cut short by a crash counts too.
     */
    public Optional<Entry> claimDue(Instant now, Duration lease) {
        return jdbc.sql("""
                update documents_outbox set attempts = attempts + 1, next_attempt_at = ?
                where id = (select id from documents_outbox where state = 'PENDING' and next_attempt_at <= ?
                            order by id limit 1 for update skip locked)
                returning id, recipient_organ_id, document_id, envelope, attempts - 1, path
                """).params(Timestamp.from(now.plus(lease)), Timestamp.from(now))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6)))
                .optional();
    }

    // The outcomes below only change an envelope still pending: a dispatcher whose lease ran out while
    // another one delivered the envelope must not turn DELIVERED back into a retry.

    public void delivered(long id, String statusCode, Instant at) {
        jdbc.sql("""
                update documents_outbox set state = 'DELIVERED', status_code = ?, delivered_at = ?, last_error = null
                where id = ? and state = 'PENDING'
                """).params(statusCode, Timestamp.from(at), id).update();
    }

    public void rejected(long id, String reason) {
        jdbc.sql("""
                update documents_outbox set state = 'REJECTED', status_code = '02', last_error = ?
                where id = ? and state = 'PENDING'
                """).params(reason, id).update();
    }

    public void retryLater(long id, Instant next, String error) {
        jdbc.sql("update documents_outbox set next_attempt_at = ?, last_error = ? where id = ? and state = 'PENDING'")
                .params(Timestamp.from(next), error, id).update();
    }

    public Optional<State> state(String recipient, String documentId) {
        return jdbc.sql("""
                select state, attempts, next_attempt_at, status_code, last_error from documents_outbox
                where recipient_organ_id = ? and document_id = ?
                """).params(recipient, documentId)
                .query((rs, n) -> new State(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }
}
