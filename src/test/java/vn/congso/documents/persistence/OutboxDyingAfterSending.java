package vn.congso.documents.persistence;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox of a dispatcher that dies after the peer has answered and before the outcome is recorded
 * (a crash, a lost database connection): recording any outcome fails.
 */
public class OutboxDyingAfterSending extends OutboxRepository {

    public OutboxDyingAfterSending(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void delivered(long id, String statusCode, Instant at) {
        throw new IllegalStateException("dispatcher died before recording delivery of " + id);
    }

    @Override
    public void rejected(long id, String reason) {
        throw new IllegalStateException("dispatcher died before recording refusal of " + id);
    }

    @Override
    public void retryLater(long id, Instant next, String error) {
        throw new IllegalStateException("dispatcher died before recording failure of " + id);
    }
}
