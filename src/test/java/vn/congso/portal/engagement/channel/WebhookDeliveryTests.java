package vn.congso.portal.engagement.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

@CongsoIntegrationTest
class WebhookDeliveryTests {

    @LocalServerPort
    int port;

    @Autowired
    ChannelManagement channels;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    Webhooks webhooks;

    HttpServer receiver;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> verifiedBodies = new CopyOnWriteArrayList<>();
    final List<String> timestamps = new CopyOnWriteArrayList<>();
    volatile String secret;

    /** A receiver (e.g. a Zalo relay) that checks each signature and fails the first attempt. */
    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Congso-Signature");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Congso-Timestamp");
            int status;
            if (!verify(body, signature)) {
                status = 401;
            } else if (calls.incrementAndGet() == 1) {
                status = 503;
            } else {
                verifiedBodies.add(new String(body, StandardCharsets.UTF_8));
                timestamps.add(timestamp);
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aSignedAnnouncementIsRetriedAfterAFailureAndTheLogShowsBothAttempts() {
        String category = "tin-tuc-" + (System.nanoTime() % 1_000_000);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/quan-tri/kenh");
        HttpResponse<String> added = admin.post("/quan-tri/kenh/webhook", Map.of("url", url, "categories", category, "secret", ""));
        assertThat(added.statusCode()).isEqualTo(302);
        Matcher shown = Pattern.compile("id=\"secret\">([0-9a-f]{64})<").matcher(admin.get("/quan-tri/kenh").body());
        assertThat(shown.find()).as("the generated secret is shown once").isTrue();
        secret = shown.group(1);
        long webhookId = webhooks.all().stream().filter(w -> w.url().equals(url)).findFirst().orElseThrow().id();

        channels.announce(new Announcement(category, "Thông báo lịch tiêm chủng mở rộng", "/tin-tuc/tiem-chung",
                "Trạm y tế xã tổ chức tiêm chủng ngày 25/11/2026."));
        channels.announce(new Announcement("khac-" + category, "Không thuộc chuyên mục", "/tin-tuc/khac", null));

        Instant now = Instant.now();
        assertThat(dispatcher.dispatchDue(now)).isZero();
        assertThat(calls.get()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue(now)).as("not before the backoff").isZero();
        assertThat(dispatcher.dispatchDue(now.plus(Duration.ofMinutes(2)))).isEqualTo(1);

        assertThat(verifiedBodies).hasSize(1);
        String body = verifiedBodies.get(0);
        assertThat(body).contains("\"title\":\"Thông báo lịch tiêm chủng mở rộng\"").contains("\"category\":\"" + category + "\"")
                .contains("\"timestamp\":" + timestamps.get(0)).doesNotContain("Không thuộc chuyên mục");

        String log = WebSession.text(admin.get("/quan-tri/kenh/webhook/" + webhookId));
        assertThat(log).contains("Thất bại (HTTP 503)").contains("Thành công (HTTP 200)").contains("Đã gửi");
        assertThat(webhooks.deliveries(webhookId, 10)).singleElement()
                .satisfies(d -> assertThat(d.log()).extracting(Webhooks.Attempt::httpStatus).containsExactly(503, 200));
    }

    @Test
    void onlyTheAdministratorManagesChannels() {
        for (String user : List.of("lanhdao", "truongphong", "canbo")) {
            assertThat(WebSession.loggedIn(port, user).get("/quan-tri/kenh").statusCode()).as(user).isEqualTo(403);
        }
    }

    private boolean verify(byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
            return signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
