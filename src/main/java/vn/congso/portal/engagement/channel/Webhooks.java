package vn.congso.portal.engagement.channel;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.shared.CongsoException;

/** Outgoing webhooks managed by the administrator, and their delivery log. */
@Service
public class Webhooks {

    /** A registered receiver; {@code categories} empty means every category. */
    public record Webhook(long id, String url, List<String> categories, boolean active, Instant createdAt) {
    }

    /** One announcement to one receiver, with every attempt made. */
    public record Delivery(long id, long announcementId, String title, String state, int attempts,
                           Instant nextAttemptAt, List<Attempt> log) {
    }

    public record Attempt(Instant at, Integer httpStatus, String error, boolean succeeded) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Registers a receiver; returns its id and the secret (generated when none is given), shown once. */
    @Transactional
    public Created create(String url, List<String> categories, String secret) {
        if (!validUrl(url) || categories.stream().anyMatch(c -> !Subscriptions.validCategory(c))) {
            throw new CongsoException(EngagementError.WEBHOOK_INVALID);
        }
        String key = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        long id = jdbc.sql("insert into portal_channel_webhook (url, secret, categories) values (?, ?, ?) returning id")
                .params(url.strip(), key, categories.toArray(String[]::new)).query(Long.class).single();
        audit.record("portal.webhook.created", "webhook", String.valueOf(id), url.strip() + " " + categories);
        return new Created(id, key);
    }

    public record Created(long id, String secret) {
    }

    @Transactional
    public void setActive(long id, boolean active) {
        int changed = jdbc.sql("update portal_channel_webhook set active = ? where id = ?").params(active, id).update();
        if (changed == 0) {
            throw new CongsoException(EngagementError.WEBHOOK_NOT_FOUND);
        }
        audit.record(active ? "portal.webhook.activated" : "portal.webhook.deactivated", "webhook", String.valueOf(id), null);
    }

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return jdbc.sql("select id, url, categories, active, created_at from portal_channel_webhook order by id")
                .query((rs, n) -> new Webhook(rs.getLong(1), rs.getString(2), strings(rs.getArray(3)), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    @Transactional(readOnly = true)
    public Optional<Webhook> webhook(long id) {
        return all().stream().filter(w -> w.id() == id).findFirst();
    }

    /** Queues a delivery of the announcement to every active receiver of its category. */
    @Transactional
    public int enqueue(long announcementId, String category, String payload) {
        return jdbc.sql("""
                insert into portal_channel_delivery (webhook_id, announcement_id, payload)
                select id, ?, ? from portal_channel_webhook
                where active and (cardinality(categories) = 0 or ? = any (categories))
                on conflict (webhook_id, announcement_id) do nothing
                """).params(announcementId, payload, category).update();
    }

    /** The newest deliveries to a receiver with each attempt, newest first. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long webhookId, int limit) {
        return jdbc.sql("""
                select d.id, d.announcement_id, a.title, d.state, d.attempts, d.next_attempt_at
                from portal_channel_delivery d join portal_channel_announcement a on a.id = d.announcement_id
                where d.webhook_id = ? order by d.id desc limit ?
                """).params(webhookId, limit)
                .query((rs, n) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), attempts(rs.getLong(1))))
                .list();
    }

    private List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("select attempted_at, http_status, error, succeeded from portal_channel_attempt where delivery_id = ? order by id")
                .param(deliveryId)
                .query((rs, n) -> new Attempt(rs.getTimestamp(1).toInstant(), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getBoolean(4)))
                .list();
    }

    static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.length() <= 500;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
