package vn.congso.portal.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** Every engagement page opens in Vietnamese and in English with all of its texts. */
@CongsoIntegrationTest
class EngagementPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ChannelManagement channels;

    @Test
    void publicPagesOpenInBothLanguages() {
        for (String lang : List.of("vi", "en")) {
            WebSession visitor = WebSession.anonymous(port);
            for (String page : List.of("/hoi-dap", "/hoi-dap/gui", "/hoi-dap/tra-cuu", "/hoi-dap/tra-cuu?ma=ABCDEFGHJK",
                    "/danh-gia", "/danh-gia?muc=/tin-tuc/1", "/dang-ky-nhan-tin", "/dang-ky-nhan-tin/huy?t=khong-co")) {
                HttpResponse<String> response = visitor.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(response.statusCode()).as(page + " " + lang).isEqualTo(200);
                assertThat(response.body()).as(page + " " + lang).doesNotContain("??");
            }
        }
        assertThat(WebSession.text(WebSession.anonymous(port).get("/hoi-dap/tra-cuu?ma=ABCDEFGHJK")))
                .contains("Không tìm thấy câu hỏi với mã này.");
        assertThat(WebSession.anonymous(port).get("/hoi-dap/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void staffPagesOpenInBothLanguages() {
        long id = channels.announce(new Announcement("tin-tuc", "Họp tổ dân phố", "/tin-tuc/hop", null));
        WebSession admin = WebSession.loggedIn(port, "admin");
        for (String lang : List.of("vi", "en")) {
            for (String page : List.of("/quan-tri/hoi-dap", "/quan-tri/hoi-dap?trang-thai=PUBLISHED", "/quan-tri/danh-gia",
                    "/quan-tri/danh-gia?muc=/", "/quan-tri/kenh", "/quan-tri/loa", "/quan-tri/loa/" + id)) {
                HttpResponse<String> response = admin.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(response.statusCode()).as(page + " " + lang).isEqualTo(200);
                assertThat(response.body()).as(page + " " + lang).doesNotContain("??");
            }
        }
        assertThat(admin.get("/quan-tri/loa/999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/quan-tri/kenh/webhook/999999999").statusCode()).isEqualTo(404);
    }
}
