package vn.congso.portal.engagement.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.portal.engagement.EngagementProperties;

/**
 * POSTs announcements to the webhooks, signed (see {@link WebhookSignature}); a failed attempt is
 * logged and tried again after {@code firstRetry}, then twice as long each time, up to
 * {@code maxAttempts}. Rows are locked with {@code for update skip locked}.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EngagementProperties properties;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(JdbcClient jdbc, TransactionTemplate transactions, EngagementProperties properties,
                      ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${congso.portal.engagement.webhook-poll:15s}",
            initialDelayString = "${congso.portal.engagement.webhook-poll:15s}")
    void poll() {
        dispatchDue(Instant.now());
    }

    /** Tries every delivery due at {@code now}; returns how many succeeded. */
    public int dispatchDue(Instant now) {
        Integer delivered = transactions.execute(tx -> {
            int count = 0;
            for (Row row : lockDue(now)) {
                count += attempt(row, now) ? 1 : 0;
            }
            return count;
        });
        return delivered == null ? 0 : delivered;
    }

    private List<Row> lockDue(Instant now) {
        return jdbc.sql("""
                select d.id, d.payload, d.attempts, w.url, w.secret
                from portal_channel_delivery d join portal_channel_webhook w on w.id = d.webhook_id
                where d.state = 'PENDING' and d.next_attempt_at <= ? order by d.id limit ?
                for update of d skip locked
                """).params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private boolean attempt(Row row, Instant now) {
        long timestamp = now.getEpochSecond();
        byte[] body = body(row, timestamp);
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(row.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(row.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        boolean ok = status != null && status >= 200 && status < 300;
        jdbc.sql("insert into portal_channel_attempt (delivery_id, attempted_at, http_status, error, succeeded) values (?, ?, ?, ?, ?)")
                .params(row.id(), Timestamp.from(now), status, error, ok).update();
        int attempts = row.attempts() + 1;
        String state = ok ? "DELIVERED" : attempts >= properties.maxAttempts() ? "FAILED" : "PENDING";
        jdbc.sql("update portal_channel_delivery set state = ?, attempts = ?, next_attempt_at = ? where id = ?")
                .params(state, attempts, Timestamp.from(ok ? now : now.plus(properties.backoff(row.attempts()))), row.id())
                .update();
        if (!ok) {
            log.info("webhook delivery {} failed (attempt {}): {}", row.id(), attempts, error != null ? error : "HTTP " + status);
        }
        return ok;
    }

    /** The stored announcement wrapped with the delivery id and the signing time, which the signature covers. */
    private byte[] body(Row row, long timestamp) {
        try {
            ObjectNode node = json.createObjectNode();
            node.put("event", "announcement");
            node.put("delivery", row.id());
            node.put("timestamp", timestamp);
            node.set("announcement", json.readTree(row.payload()));
            return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is JSON written by ChannelManagement", e);
        }
    }

    private record Row(long id, String payload, int attempts, String url, String secret) {
    }
}
