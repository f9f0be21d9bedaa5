package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** What a visitor sees: news by category and page, the catalogue (NĐ42 Đ4 k1 h), Dublin Core (NĐ42 Đ6 k6). */
@CongsoIntegrationTest
class PublicPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentManagement content;

    @Test
    void newsListFiltersByCategoryAndPages() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        WebSession approver = WebSession.loggedIn(port, "lanhdao");
        for (int i = 1; i <= NewsController.PAGE_SIZE + 1; i++) {
            long id = ArticleFixtures.draft(editor, "dieu-uoc-quoc-te", "Thỏa thuận hợp tác hữu nghị số " + i + " với tỉnh bạn", "Nội dung " + i);
            ArticleFixtures.publish(approver, id);
        }
        WebSession visitor = WebSession.anonymous(port);

        String first = WebSession.text(visitor.get("/tin-tuc?chuyen-muc=dieu-uoc-quoc-te"));
        assertThat(first).contains("Điều ước quốc tế, thỏa thuận quốc tế").contains("Trang 1/2")
                .contains("Thỏa thuận hợp tác hữu nghị số 11 với tỉnh bạn")
                .doesNotContain("Thỏa thuận hợp tác hữu nghị số 1 với tỉnh bạn");
        String second = WebSession.text(visitor.get("/tin-tuc?chuyen-muc=dieu-uoc-quoc-te&trang=2"));
        assertThat(second).contains("Thỏa thuận hợp tác hữu nghị số 1 với tỉnh bạn").contains("Trang 2/2");
        assertThat(WebSession.text(visitor.get("/tin-tuc?chuyen-muc=van-ban-phap-luat")))
                .doesNotContain("Thỏa thuận hợp tác hữu nghị");
        assertThat(WebSession.text(visitor.get("/"))).contains("Tin mới").contains("Thỏa thuận hợp tác hữu nghị số 11 với tỉnh bạn");
    }

    @Test
    void catalogueIsGeneratedFromThePublishedData() {
        WebSession visitor = WebSession.anonymous(port);
        String before = WebSession.text(visitor.get("/danh-muc-thong-tin"));
        assertThat(before).contains("Danh mục thông tin phải công khai").contains("Địa chỉ").contains("Hình thức")
                .contains("Thời hạn công khai").contains("/tin-tuc?chuyen-muc=van-ban-phap-luat")
                .contains("NĐ42 Đ4 k1 a").contains("NĐ42 Đ4 k1 i");

        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "van-ban-phap-luat",
                ArticleFixtures.uniqueTitle("Quyết định ban hành quy chế làm việc"), "Quy chế.");
        ArticleFixtures.publish(WebSession.loggedIn(port, "lanhdao"), id);

        String after = WebSession.text(visitor.get("/danh-muc-thong-tin"));
        String published = content.article(id).publishedLocal().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String row = after.substring(after.indexOf("Văn bản quy phạm pháp luật và văn bản quản lý hành chính"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Tệp văn bản tải về").contains(published);
    }

    @Test
    void everyPageCarriesDublinCoreAndArticlesTheirDates() {
        WebSession visitor = WebSession.anonymous(port);
        String home = visitor.get("/").body();
        assertThat(home).contains("<meta name=\"DC.title\" content=\"Ủy ban nhân dân xã Thanh Định\">")
                .contains("<meta name=\"DC.language\" content=\"vi\">")
                .contains("<meta name=\"DC.publisher\" content=\"Ủy ban nhân dân xã Thanh Định\">");

        String title = ArticleFixtures.uniqueTitle("Thông báo lịch cắt điện");
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "thong-tin-khac", title, "Cắt điện thứ Bảy.");
        ArticleFixtures.publish(WebSession.loggedIn(port, "lanhdao"), id);
        Article article = content.article(id);
        HttpResponse<String> page = visitor.get("/tin-tuc/" + article.slug());
        String date = article.publishedLocal().toLocalDate().toString();
        assertThat(page.body()).contains("<meta name=\"DC.title\" content=\"" + title + "\">")
                .contains("<meta name=\"DC.type\" content=\"Text\">")
                .contains("<meta name=\"DC.date\" content=\"" + date + "\">")
                .contains("<meta name=\"DC.modified\" content=\"" + date + "\">")
                .containsPattern("<meta name=\"DC.identifier\" content=\"https?://[^\"]+/tin-tuc/" + article.slug() + "\">");
    }
}
