package vn.congso.portal.engagement.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.mail.MailOutbox;
import vn.congso.mail.OutgoingMail;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * E-mail subscriptions per category (NĐ42 Đ5 k2 c) with double opt-in: a subscriber receives
 * nothing but the confirmation message until they follow its link; every later message carries a
 * one-click unsubscribe link. The audit log names subscribers by number, never by address.
 */
@Service
public class Subscriptions {

    public static final String UNSUBSCRIBE_PAGE = "/dang-ky-nhan-tin/huy";
    public static final String CONFIRM_PAGE = "/dang-ky-nhan-tin/xac-nhan";
    public static final String UNSUBSCRIBE_API = "/api/v1/subscriptions/unsubscribe";
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    static final Pattern CATEGORY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    /** A confirmed subscriber and the token of their unsubscribe link. */
    public record Subscriber(String email, String token) {
    }

    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final MailText texts;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    Subscriptions(JdbcClient jdbc, MailOutbox mail, MailText texts, AuditLog audit) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.texts = texts;
        this.audit = audit;
    }

    public static boolean validEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    public static boolean validCategory(String category) {
        return category != null && CATEGORY.matcher(category).matches();
    }

    /**
     * Asks for a subscription: sends the confirmation message unless the address is already confirmed
     * for the category. The answer is the same either way, so the form tells no one who subscribes.
     */
    @Transactional
    public void subscribe(String rawEmail, String category) {
        String email = normaliseEmail(rawEmail);
        if (!validEmail(email) || !validCategory(category)) {
            throw new CongsoException(EngagementError.SUBSCRIPTION_INVALID);
        }
        Optional<String> status = jdbc.sql("select status from portal_channel_subscriber where email = ? and category = ? for update")
                .params(email, category).query(String.class).optional();
        if (status.filter("CONFIRMED"::equals).isPresent()) {
            return;
        }
        String token = newToken();
        long id = jdbc.sql("""
                insert into portal_channel_subscriber (email, category, token, status) values (?, ?, ?, 'PENDING')
                on conflict (email, category) do update set token = excluded.token, status = 'PENDING',
                  created_at = now(), confirmed_at = null, unsubscribed_at = null
                returning id
                """).params(email, category, token).query(Long.class).single();
        String confirm = texts.link(CONFIRM_PAGE + "?t=" + encode(token));
        mail.queue(OutgoingMail.to(email, texts.text("engagement.mail.confirm.subject", categoryLabel(category)),
                texts.text("engagement.mail.confirm.body", categoryLabel(category), confirm)));
        audit.record("portal.subscription.requested", "subscriber", String.valueOf(id), category);
    }

    /** Confirms by the link's token; returns the category, empty for an unknown token. */
    @Transactional
    public Optional<String> confirm(String token) {
        Optional<Row> row = byToken(token);
        row.filter(r -> r.status().equals("PENDING")).ifPresent(r -> {
            jdbc.sql("update portal_channel_subscriber set status = 'CONFIRMED', confirmed_at = now() where id = ?")
                    .param(r.id()).update();
            audit.record("portal.subscription.confirmed", "subscriber", String.valueOf(r.id()), r.category());
        });
        return row.filter(r -> !r.status().equals("UNSUBSCRIBED")).map(Row::category);
    }

    /** Ends a subscription by the token of any message's link; returns the category, empty for an unknown token. */
    @Transactional
    public Optional<String> unsubscribe(String token) {
        Optional<Row> row = byToken(token);
        row.filter(r -> !r.status().equals("UNSUBSCRIBED")).ifPresent(r -> {
            jdbc.sql("update portal_channel_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = now() where id = ?")
                    .param(r.id()).update();
            audit.record("portal.subscription.ended", "subscriber", String.valueOf(r.id()), r.category());
        });
        return row.map(Row::category);
    }

    /** Undoes an unsubscribe by the same link's token (the token proves the mailbox), for a click made by mistake. */
    @Transactional
    public Optional<String> resubscribe(String token) {
        Optional<Row> row = byToken(token);
        row.filter(r -> r.status().equals("UNSUBSCRIBED")).ifPresent(r -> {
            jdbc.sql("update portal_channel_subscriber set status = 'CONFIRMED', confirmed_at = now(), unsubscribed_at = null where id = ?")
                    .param(r.id()).update();
            audit.record("portal.subscription.resumed", "subscriber", String.valueOf(r.id()), r.category());
        });
        return row.map(Row::category);
    }

    /** Who receives announcements of a category: confirmed subscribers only. */
    @Transactional(readOnly = true)
    public List<Subscriber> confirmed(String category) {
        return jdbc.sql("select email, token from portal_channel_subscriber where category = ? and status = 'CONFIRMED' order by id")
                .param(category).query((rs, n) -> new Subscriber(rs.getString(1), rs.getString(2))).list();
    }

    public String categoryLabel(String category) {
        String key = "engagement.category." + category;
        String label = texts.text("engagement.category.fallback", category);
        try {
            return texts.text(key);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return label;
        }
    }

    public static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private Optional<Row> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, category, status from portal_channel_subscriber where token = ?").param(token.strip())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    private static String normaliseEmail(String email) {
        return email == null ? null : VietnameseText.nfc(email).strip().toLowerCase(Locale.ROOT);
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Row(long id, String category, String status) {
    }
}
