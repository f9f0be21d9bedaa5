package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Low limits need their own application context: the shared one runs with limits high enough for
 * every other test. Each test comes from its own client address, as the reverse proxy reports it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "congso.identity.rate-limit.login-per-minute=3",
        "congso.identity.rate-limit.anonymous-post-per-minute=2"})
@ActiveProfiles("test")
class RateLimitFilterTests {

    @LocalServerPort
    int port;

    @Test
    void anApiCallOverTheLimitIsAProblemDocumentWithRetryAfter() {
        Browser client = new Browser(port).from("203.0.113.10");
        assertThat(client.postJson("/api/v1/phan-anh", "{}").status()).isNotEqualTo(429);
        assertThat(client.postJson("/api/v1/phan-anh", "{}").status()).isNotEqualTo(429);

        Browser.Page refused = client.postJson("/api/v1/phan-anh", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":429").contains("Quá nhiều yêu cầu; vui lòng thử lại sau.");
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    @Test
    void aPageFormOverTheLimitIsTheFriendlyPage() {
        Browser visitor = new Browser(port).from("203.0.113.11");
        visitor.post("/dang-ky", "fullName", "Hoàng Văn Nam");
        visitor.post("/dang-ky", "fullName", "Hoàng Văn Nam");

        Browser.Page refused = visitor.post("/dang-ky", "fullName", "Hoàng Văn Nam");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn.").doesNotContain("Exception");
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void loginAttemptsAreLimitedPerAddress() {
        Browser guesser = new Browser(port).from("203.0.113.12");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.login("khong-co-ai", "Đoán mò " + i).status()).isEqualTo(302);
        }
        assertThat(guesser.login("khong-co-ai", "Đoán mò lần nữa").status()).isEqualTo(429);

        Browser other = new Browser(port).from("203.0.113.13");
        assertThat(other.login("khong-co-ai", "Địa chỉ khác").status()).isEqualTo(302);
    }

    @Test
    void loggedInPeopleAreNotLimitedOnOtherForms() {
        Browser citizen = new Browser(port).from("203.0.113.14");
        assertThat(citizen.login("congdan", vn.congso.testing.CongsoIntegrationTest.DEMO_PASSWORD).location())
                .doesNotContain("dang-nhap");
        for (int i = 0; i < 4; i++) {
            assertThat(citizen.post("/tai-khoan/mat-khau", "current", "sai").status()).isEqualTo(200);
        }
    }
}
