package vn.congso.portal.engagement.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

@CongsoIntegrationTest
class RatingTests {

    @LocalServerPort
    int port;

    @Autowired
    Ratings ratings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormWorksWithoutJavaScriptAndASecondVoteTheSameDayIsRefused() {
        String item = "/van-ban/137-2024-nd-cp-" + System.nanoTime();
        WebSession visitor = WebSession.anonymous(port);
        HttpResponse<String> form = visitor.get("/danh-gia?muc=" + item);
        assertThat(WebSession.text(form)).contains("Đánh giá trang:").contains("value=\"" + item + "\"")
                .contains("Giao diện").contains("Sự hỗ trợ của cơ quan").contains("type=\"radio\"");

        HttpResponse<String> first = visitor.post("/danh-gia", vote(item, 5, 4, 4, 3, "Trang dễ đọc, cần thêm bản PDF."));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(WebSession.text(visitor.get(first.headers().firstValue("Location").orElseThrow())))
                .contains("Cảm ơn bạn đã đánh giá.");

        // another browser on the same address: no cookie is involved in the refusal
        WebSession sameAddress = WebSession.anonymous(port);
        sameAddress.get("/danh-gia?muc=" + item);
        HttpResponse<String> second = sameAddress.post("/danh-gia", vote(item, 1, 1, 1, 1, null));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(WebSession.text(second)).contains("Bạn đã đánh giá mục này hôm nay.");
        assertThat(ratings.summary(item).count()).isEqualTo(1);

        HttpResponse<String> otherItem = sameAddress.post("/danh-gia", vote(item + "-khac", 2, 2, 2, 2, null));
        assertThat(otherItem.statusCode()).isEqualTo(302);
    }

    @Test
    void aggregatesGiveCountAveragesAndDistributionPerCriterion() {
        String item = "/tin-tuc/le-hoi-" + System.nanoTime();
        // three votes from three different clients (the address is what the guard keys on)
        ratings.rate(item, scores(5, 4, 3, 2), "Rất tốt", "203.0.113.1");
        ratings.rate(item, scores(4, 4, 3, 1), null, "203.0.113.2");
        ratings.rate(item, scores(3, 1, 3, 5), "Cần cập nhật thường xuyên hơn", "2001:db8::7");

        Ratings.Summary summary = ratings.summary(item);
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.averages()).containsEntry(Criterion.INTERFACE, 4.0).containsEntry(Criterion.CONTENT, 3.0)
                .containsEntry(Criterion.QUALITY, 3.0).containsEntry(Criterion.SUPPORT, 2.67);
        assertThat(summary.distribution().get(Criterion.CONTENT)).containsExactly(1, 0, 0, 2, 0);
        assertThat(summary.distribution().get(Criterion.QUALITY)).containsExactly(0, 0, 3, 0, 0);

        WebSession head = WebSession.loggedIn(port, "truongphong");
        String overview = WebSession.text(head.get("/quan-tri/danh-gia"));
        assertThat(overview).contains(item);
        String page = WebSession.text(head.get("/quan-tri/danh-gia?muc=" + item));
        assertThat(page).contains("3 lượt đánh giá").contains("2,67").contains("Cần cập nhật thường xuyên hơn");
        assertThat(page).doesNotContain("203.0.113.1").doesNotContain("2001:db8::7");

        assertThat(WebSession.loggedIn(port, "canbo").get("/quan-tri/danh-gia").statusCode()).isEqualTo(403);
    }

    @Test
    void nothingStoredWithAVoteIdentifiesTheVoter() {
        String item = "/thu-tuc/khai-sinh-" + System.nanoTime();
        ratings.rate(item, scores(4, 4, 4, 4), null, "198.51.100.23");
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'portal_rating_vote' order by ordinal_position")
                .query(String.class).list();
        assertThat(columns).containsExactly("id", "item", "interface", "content", "quality", "support", "comment", "rated_on");
        Map<String, Object> vote = jdbc.sql("select * from portal_rating_vote where item = ?").param(item).query().singleRow();
        assertThat(vote.values()).noneMatch(v -> String.valueOf(v).contains("198.51.100.23"));
        // the guard is a keyed hash, not the address, and it is kept apart from the vote
        List<byte[]> guards = jdbc.sql("select fingerprint from portal_rating_guard").query(byte[].class).list();
        assertThat(guards).isNotEmpty().allSatisfy(g -> assertThat(new String(g, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("198.51.100.23"));
        assertThat(jdbc.sql("select count(*) from portal_rating_salt where day < current_date - 1").query(Long.class).single()).isZero();
    }

    @Test
    void theItemMustBeAPathOfThePortal() {
        assertThat(Ratings.item(null)).isEqualTo("/");
        assertThat(Ratings.item("/van-ban/137-2024-nd-cp?trang=2#dieu-4")).isEqualTo("/van-ban/137-2024-nd-cp");
        assertThat(Ratings.item("https://evil.example/")).isNull();
        assertThat(Ratings.item("//evil.example/")).isNull();
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/danh-gia");
        Map<String, String> missing = vote("/", 5, 5, 5, 5, null);
        missing.remove("supportScore");
        HttpResponse<String> page = visitor.post("/danh-gia", missing);
        assertThat(WebSession.text(page)).contains("id=\"supportScore-error\">Vui lòng chọn một mức từ 1 đến 5.<");
    }

    private static Map<Criterion, Integer> scores(int i, int c, int q, int s) {
        return Map.of(Criterion.INTERFACE, i, Criterion.CONTENT, c, Criterion.QUALITY, q, Criterion.SUPPORT, s);
    }

    private static Map<String, String> vote(String item, int i, int c, int q, int s, String comment) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("item", item);
        form.put("interfaceScore", String.valueOf(i));
        form.put("contentScore", String.valueOf(c));
        form.put("qualityScore", String.valueOf(q));
        form.put("supportScore", String.valueOf(s));
        if (comment != null) {
            form.put("comment", comment);
        }
        return form;
    }
}
