package vn.congso.portal.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.mail.MailOutbox;
import vn.congso.mail.OutgoingMail;
import vn.congso.portal.engagement.channel.MailText;
import vn.congso.portal.engagement.channel.Subscriptions;
import vn.congso.portal.engagement.channel.Webhooks;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Sends what the agency publishes out on the other channels (NĐ42 Đ5 k2): e-mail to the confirmed
 * subscribers of the category (Đ5 k2 c) and signed webhooks that relay to social networks and Zalo
 * groups (Đ5 k2 b); the announcement is kept for the loudspeaker bulletin (seed 000). Everything is
 * queued in the caller's transaction and sent afterwards, so nothing goes out for a rolled-back
 * publication and nothing is lost when the server stops.
 */
@Service
public class ChannelManagement {

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final Webhooks webhooks;
    private final MailOutbox mail;
    private final MailText texts;
    private final AuditLog audit;
    private final ObjectMapper json;

    ChannelManagement(JdbcClient jdbc, Subscriptions subscriptions, Webhooks webhooks, MailOutbox mail, MailText texts,
                      AuditLog audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.mail = mail;
        this.texts = texts;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Records the announcement and queues one message per confirmed subscriber of its category and
     * one delivery per active webhook of the category.
     *
     * @return the announcement's number
     * @throws CongsoException {@link EngagementError#ANNOUNCEMENT_INVALID} without a title, url or valid category
     */
    @Transactional
    public long announce(Announcement announcement) {
        Announcement a = normalise(announcement);
        List<String> wrong = new ArrayList<>();
        if (!Subscriptions.validCategory(a.category())) {
            wrong.add("category");
        }
        if (a.title() == null || a.title().isBlank() || a.title().length() > 500) {
            wrong.add("title");
        }
        if (a.url() == null || a.url().isBlank() || a.url().length() > 1000) {
            wrong.add("url");
        }
        if (!wrong.isEmpty()) {
            throw new CongsoException(EngagementError.ANNOUNCEMENT_INVALID, String.join(", ", wrong));
        }
        long id = jdbc.sql("insert into portal_channel_announcement (category, title, url, summary) values (?, ?, ?, ?) returning id")
                .params(a.category(), a.title(), a.url(), a.summary()).query(Long.class).single();
        String link = texts.link(a.url());
        String label = subscriptions.categoryLabel(a.category());
        List<Subscriptions.Subscriber> subscribers = subscriptions.confirmed(a.category());
        for (Subscriptions.Subscriber subscriber : subscribers) {
            String token = Subscriptions.encode(subscriber.token());
            mail.queue(OutgoingMail.to(subscriber.email(), texts.text("engagement.mail.announcement.subject", label, a.title()),
                    texts.text("engagement.mail.announcement.body", a.title(), a.summary() == null ? "" : a.summary(), link,
                            label, texts.link(Subscriptions.UNSUBSCRIBE_PAGE + "?t=" + token)))
                    .withUnsubscribeUrl(texts.link(Subscriptions.UNSUBSCRIBE_API + "?t=" + token)));
        }
        int hooks = webhooks.enqueue(id, a.category(), payload(id, a, link));
        audit.record("portal.announcement.sent", "announcement", String.valueOf(id),
                a.category() + ": " + a.title() + " (" + subscribers.size() + " e-mail, " + hooks + " webhook)");
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedAnnouncement> announcement(long id) {
        return jdbc.sql("select id, category, title, url, summary, created_at from portal_channel_announcement where id = ?")
                .param(id).query(this::row).optional();
    }

    @Transactional(readOnly = true)
    public List<PublishedAnnouncement> recent(int limit) {
        return jdbc.sql("select id, category, title, url, summary, created_at from portal_channel_announcement order by id desc limit ?")
                .param(limit).query(this::row).list();
    }

    private PublishedAnnouncement row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublishedAnnouncement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant());
    }

    private String payload(long id, Announcement a, String link) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("category", a.category());
        node.put("title", a.title());
        node.put("url", link);
        node.put("summary", a.summary());
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an object node always serialises", e);
        }
    }

    private static Announcement normalise(Announcement a) {
        return new Announcement(a.category() == null ? null : a.category().strip(), clean(a.title()), clean(a.url()),
                clean(a.summary()));
    }

    private static String clean(String value) {
        String v = VietnameseText.nfc(value);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
