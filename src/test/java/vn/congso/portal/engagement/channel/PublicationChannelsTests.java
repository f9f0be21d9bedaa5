package vn.congso.portal.engagement.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.mail.MailOutbox;
import vn.congso.portal.engagement.Mailbox;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;
import vn.congso.testing.WebSession;

/**
 * NĐ42 Đ5 k2: what the portal publishes (news articles, legal documents) goes out on its own to the
 * e-mail subscribers of its category and to the webhooks that relay it to social networks.
 */
@CongsoIntegrationTest
class PublicationChannelsTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    WebhookDispatcher webhookDispatcher;

    @Autowired
    LegalDocumentManagement legalDocuments;

    @Autowired
    JdbcClient jdbc;

    HttpServer receiver;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRelay() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/zalo", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopRelayAndEmptyTheQueue() {
        mailOutbox.dispatchDue(later());
        receiver.stop(0);
    }

    @Test
    void aPublishedArticleReachesNewsSubscribersAndTheRelayOnlyOnce() {
        String email = "tintuc." + System.nanoTime() + "@example.vn";
        subscribe(email, "tin-tuc");
        String url = relay("tin-tuc");

        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get("/quan-tri/tin-bai/moi");
        String title = "Lịch tiếp công dân tháng 12 của xã Thanh Định " + System.nanoTime();
        String location = WebSession.location(editor.post("/quan-tri/tin-bai/moi", Map.of("categoryCode", "tin-hoat-dong",
                "title", title, "summary", "Chủ tịch xã tiếp công dân vào thứ Năm.", "body", "Tại trụ sở Ủy ban nhân dân xã.")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mailOutbox.dispatchDue(later());
        assertThat(Mailbox.of(mail, email)).as("a draft goes nowhere").hasSize(1);

        WebSession approver = WebSession.loggedIn(port, "truongphong");
        approver.get("/quan-tri/tin-bai/" + id);
        assertThat(approver.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of()).statusCode()).isEqualTo(302);
        String slug = jdbc.sql("select slug from portal_content_article where id = ?").param(id).query(String.class).single();

        mailOutbox.dispatchDue(later());
        List<MimeMessage> inbox = Mailbox.of(mail, email);
        assertThat(inbox).hasSize(2);
        assertThat(Mailbox.subject(inbox.get(1))).contains(title);
        assertThat(Mailbox.body(inbox.get(1))).contains("Chủ tịch xã tiếp công dân vào thứ Năm.").contains("/tin-tuc/" + slug);
        webhookDispatcher.dispatchDue(later());
        assertThat(received).as("the relay at " + url).singleElement().satisfies(body -> assertThat(body)
                .contains("\"category\":\"tin-tuc\"").contains("\"title\":\"" + title + "\"").contains("/tin-tuc/" + slug));

        // an approved correction updates the page but is not sent again
        editor.get("/quan-tri/tin-bai/" + id);
        editor.post("/quan-tri/tin-bai/" + id, Map.of("categoryCode", "tin-hoat-dong", "title", title + " (sửa)",
                "summary", "", "body", "Tại hội trường Ủy ban nhân dân xã."));
        approver.get("/quan-tri/tin-bai/" + id);
        assertThat(approver.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of()).statusCode()).isEqualTo(302);
        mailOutbox.dispatchDue(later());
        webhookDispatcher.dispatchDue(later());
        assertThat(Mailbox.of(mail, email)).hasSize(2);
        assertThat(received).hasSize(1);
    }

    @Test
    void aRegisteredLegalDocumentReachesItsSubscribersAndTheRelay() {
        String email = "vanban." + System.nanoTime() + "@example.vn";
        subscribe(email, "van-ban");
        relay("van-ban");
        int number = 1000 + (int) (System.nanoTime() % 8000);
        String text = """
                ỦY BAN NHÂN DÂN
                XÃ THANH ĐỊNH
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: %d/QĐ-UBND
                Thanh Định, ngày 20 tháng 11 năm 2026

                QUYẾT ĐỊNH
                Về việc ban hành quy chế hoạt động của cổng thông tin điện tử xã

                Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của cổng thông tin điện tử xã.
                Điều 2. Quyết định có hiệu lực kể từ ngày ký.

                CHỦ TỊCH
                Hoàng Văn Minh
                """.formatted(number);
        var saved = legalDocuments.register(new RegisterLegalDocument("QUYẾT ĐỊNH", number + "/QĐ-UBND",
                "Ủy ban nhân dân xã Thanh Định", "Thanh Định", java.time.LocalDate.of(2026, 11, 20), null,
                LegalDocumentStatus.IN_FORCE, "Về việc ban hành quy chế hoạt động của cổng thông tin điện tử xã",
                "Hoàng Văn Minh", "CHỦ TỊCH", null, text, 0, null, Map.of()));

        mailOutbox.dispatchDue(later());
        List<MimeMessage> inbox = Mailbox.of(mail, email);
        assertThat(inbox).hasSize(2);
        assertThat(Mailbox.subject(inbox.get(1))).contains(number + "/QĐ-UBND");
        assertThat(Mailbox.body(inbox.get(1))).contains("/van-ban/" + saved.slug())
                .contains("quy chế hoạt động của cổng thông tin điện tử xã");
        webhookDispatcher.dispatchDue(later());
        assertThat(received).singleElement().satisfies(body -> assertThat(body)
                .contains("\"category\":\"van-ban\"").contains("/van-ban/" + saved.slug()));
    }

    /** Subscribes through the public form and confirms through the link in the mail (double opt-in). */
    private void subscribe(String email, String category) {
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/dang-ky-nhan-tin");
        assertThat(visitor.post("/dang-ky-nhan-tin", Map.of("email", email, "category", category)).statusCode()).isEqualTo(302);
        mailOutbox.dispatchDue(later());
        visitor.get(Mailbox.link(Mailbox.of(mail, email).get(0), Subscriptions.CONFIRM_PAGE));
    }

    /** Adds a webhook for the category as the administrator; returns its address. */
    private String relay(String category) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/zalo";
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/quan-tri/kenh");
        assertThat(admin.post("/quan-tri/kenh/webhook", Map.of("url", url, "categories", category, "secret", ""))
                .statusCode()).isEqualTo(302);
        Matcher shown = Pattern.compile("id=\"secret\">([0-9a-f]{64})<").matcher(admin.get("/quan-tri/kenh").body());
        assertThat(shown.find()).isTrue();
        return url;
    }

    private static Instant later() {
        return Instant.now().plus(Duration.ofDays(1));
    }
}
