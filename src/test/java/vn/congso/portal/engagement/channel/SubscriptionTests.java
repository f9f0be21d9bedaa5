package vn.congso.portal.engagement.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.mail.MailOutbox;
import vn.congso.portal.engagement.Mailbox;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;
import vn.congso.testing.TestSmtp;

@CongsoIntegrationTest
class SubscriptionTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;

    @Autowired
    ChannelManagement channels;

    @Autowired
    MailOutbox outbox;

    @Test
    void onlyAConfirmedSubscriberGetsAnnouncementsAndOneClickEndsIt() {
        String category = "van-ban-" + (System.nanoTime() % 1_000_000);
        String confirmed = "xacnhan." + System.nanoTime() + "@example.vn";
        String unconfirmed = "chuaxacnhan." + System.nanoTime() + "@example.vn";
        WebSession visitor = WebSession.anonymous(port);
        for (String email : List.of(confirmed, unconfirmed)) {
            visitor.get("/dang-ky-nhan-tin");
            HttpResponse<String> done = visitor.post("/dang-ky-nhan-tin", Map.of("email", email, "category", category));
            assertThat(done.statusCode()).isEqualTo(302);
        }
        assertThat(WebSession.text(visitor.get("/dang-ky-nhan-tin"))).contains("bấm liên kết xác nhận");
        dispatch();
        MimeMessage confirmation = Mailbox.of(mail, confirmed).get(0);
        assertThat(Mailbox.subject(confirmation)).startsWith("Xác nhận đăng ký nhận tin");
        assertThat(Mailbox.of(mail, unconfirmed)).hasSize(1);

        String confirmLink = Mailbox.link(confirmation, Subscriptions.CONFIRM_PAGE);
        assertThat(WebSession.text(visitor.get(confirmLink))).contains("Đã xác nhận.");

        channels.announce(new Announcement(category, "Nghị định 137/2024/NĐ-CP về giao dịch điện tử",
                "/van-ban/137-2024-nd-cp", "Quy định về giao dịch điện tử của cơ quan nhà nước."));
        dispatch();
        List<MimeMessage> inbox = Mailbox.of(mail, confirmed);
        assertThat(inbox).hasSize(2);
        MimeMessage news = inbox.get(1);
        assertThat(Mailbox.subject(news)).contains("Nghị định 137/2024/NĐ-CP về giao dịch điện tử");
        assertThat(Mailbox.body(news)).contains("/van-ban/137-2024-nd-cp").contains("Hủy đăng ký bằng một lần bấm");
        assertThat(Mailbox.header(news, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.header(news, "List-Unsubscribe")).startsWith("<http").contains(Subscriptions.UNSUBSCRIBE_API);
        assertThat(Mailbox.of(mail, unconfirmed)).as("an unconfirmed address gets only the confirmation").hasSize(1);

        String unsubscribe = Mailbox.link(news, Subscriptions.UNSUBSCRIBE_PAGE);
        WebSession reader = WebSession.anonymous(port);
        assertThat(WebSession.text(reader.get(unsubscribe))).contains("Đã hủy đăng ký");
        channels.announce(new Announcement(category, "Thông báo thứ hai", "/tin-tuc/2", null));
        dispatch();
        assertThat(Mailbox.of(mail, confirmed)).as("nothing after unsubscribing").hasSize(2);

        // a click by mistake is undone from the same page
        String token = unsubscribe.substring(unsubscribe.indexOf("t=") + 2);
        assertThat(WebSession.text(reader.post("/dang-ky-nhan-tin/dang-ky-lai", Map.of("t", java.net.URLDecoder.decode(token,
                java.nio.charset.StandardCharsets.UTF_8))))).contains("Đã xác nhận.");
        channels.announce(new Announcement(category, "Thông báo thứ ba", "/tin-tuc/3", null));
        dispatch();
        assertThat(Mailbox.of(mail, confirmed)).hasSize(3);
    }

    @Test
    void theListUnsubscribeHeaderWorksWithAOneClickPostAndNoCookie() {
        String category = "tin-tuc-" + (System.nanoTime() % 1_000_000);
        String email = "rfc8058." + System.nanoTime() + "@example.vn";
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/dang-ky-nhan-tin");
        visitor.post("/dang-ky-nhan-tin", Map.of("email", email, "category", category));
        dispatch();
        visitor.get(Mailbox.link(Mailbox.of(mail, email).get(0), Subscriptions.CONFIRM_PAGE));
        channels.announce(new Announcement(category, "Lịch tiếp công dân tháng 12", "/tin-tuc/lich-tiep-cong-dan", null));
        dispatch();
        MimeMessage news = Mailbox.of(mail, email).get(1);
        String header = Mailbox.header(news, "List-Unsubscribe");
        String url = header.substring(1, header.length() - 1);

        // what a mail client does (RFC 8058 §3.2): POST the fixed body, no cookies, no CSRF token
        HttpResponse<String> post = WebSession.anonymous(port).json("POST", url, null);
        assertThat(post.statusCode()).isEqualTo(204);
        channels.announce(new Announcement(category, "Sau khi hủy", "/tin-tuc/3", null));
        dispatch();
        assertThat(Mailbox.of(mail, email)).hasSize(2);
    }

    @Test
    void aWrongAddressIsShownBesideTheField() {
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/dang-ky-nhan-tin");
        HttpResponse<String> page = visitor.post("/dang-ky-nhan-tin", Map.of("email", "khong-hop-le", "category", ""));
        String text = WebSession.text(page);
        assertThat(text).contains("id=\"email-error\">Địa chỉ thư điện tử không hợp lệ.<")
                .contains("id=\"category-error\">Vui lòng chọn một chuyên mục.<");
        assertThat(WebSession.text(visitor.get(Subscriptions.CONFIRM_PAGE + "?t=khong-co"))).contains("Liên kết không hợp lệ");
    }

    /** Sends what the test left queued while this class's SMTP server still listens, so no other test receives it. */
    @AfterEach
    void emptyTheQueue() {
        dispatch();
    }

    private void dispatch() {
        outbox.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    }
}
