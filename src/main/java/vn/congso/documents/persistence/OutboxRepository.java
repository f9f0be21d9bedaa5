package vn.congso.documents.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Envelopes waiting for delivery to peers (at-least-once). */
@Repository
public class OutboxRepository {

    /** One envelope to deliver. */
    public record Entry(long id, String recipient, String documentId, String envelope, int attempts) {
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
        return jdbc.sql("""
                insert into documents_outbox (recipient_organ_id, document_id, envelope) values (?, ?, ?)
                on conflict (recipient_organ_id, document_id) do nothing returning id
                """).params(recipient, documentId, envelope).query(Long.class).optional();
    }

    /**
     * Locks the envelopes that are due. Rows another dispatcher holds are skipped, not waited for,
     * so several instances can poll the same table.
     */
    public List<Entry> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                select id, recipient_organ_id, document_id, envelope, attempts from documents_outbox
                where state = 'PENDING' and next_attempt_at <= ? order by id limit ? for update skip locked
                """).params(Timestamp.from(now), limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    public void delivered(long id, String statusCode, Instant at) {
        jdbc.sql("""
                update documents_outbox set state = 'DELIVERED', status_code = ?, attempts = attempts + 1,
                  delivered_at = ?, last_error = null where id = ?
                """).params(statusCode, Timestamp.from(at), id).update();
    }

    public void rejected(long id, String reason) {
        jdbc.sql("update documents_outbox set state = 'REJECTED', status_code = '02', attempts = attempts + 1, last_error = ? where id = ?")
                .params(reason, id).update();
    }

    public void retryLater(long id, Instant next, String error) {
        jdbc.sql("update documents_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
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
