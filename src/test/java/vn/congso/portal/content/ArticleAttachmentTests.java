package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.portal.SearchDocument;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** Files attached to an article (kept in the blob store) and the article as a search hit (NĐ42 Đ7 k1 a). */
@CongsoIntegrationTest
class ArticleAttachmentTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentManagement content;

    @Autowired
    NewsSearchSource search;

    @Test
    void attachmentOfAPublishedArticleDownloadsButADraftsStaysPrivate() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        long id = ArticleFixtures.draft(editor, "chien-luoc-ke-hoach", ArticleFixtures.uniqueTitle("Kế hoạch phát triển kinh tế - xã hội năm 2026"),
                "Toàn văn kế hoạch đính kèm.");
        byte[] file = "Kế hoạch số 12/KH-UBND".getBytes(StandardCharsets.UTF_8);
        editor.get("/quan-tri/tin-bai/" + id);
        HttpResponse<String> uploaded = editor.upload("/quan-tri/tin-bai/" + id + "/tep", "Kế hoạch 2026.txt", "text/plain", file);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(WebSession.text(editor.get("/quan-tri/tin-bai/" + id))).contains("Đã đính kèm tệp.").contains("Kế hoạch 2026.txt");
        Attachment attachment = content.attachments(id).get(0);
        String slug = content.article(id).slug();
        String download = "/tin-tuc/" + slug + "/tep/" + attachment.sha256();

        WebSession visitor = WebSession.anonymous(port);
        assertThat(visitor.getBytes(download).statusCode()).isEqualTo(404);

        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);
        assertThat(WebSession.text(visitor.get("/tin-tuc/" + slug))).contains("href=\"" + download + "\"").contains("Kế hoạch 2026.txt");
        HttpResponse<byte[]> response = visitor.getBytes(download);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(file);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");

        // NĐ42 Đ17: a file added after publication is a change that waits for approval
        editor.get("/quan-tri/tin-bai/" + id);
        editor.upload("/quan-tri/tin-bai/" + id + "/tep", "Phụ lục.txt", "text/plain", "Phụ lục".getBytes(StandardCharsets.UTF_8));
        assertThat(WebSession.text(visitor.get("/tin-tuc/" + slug))).doesNotContain("Phụ lục.txt");
        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);
        assertThat(WebSession.text(visitor.get("/tin-tuc/" + slug))).contains("Phụ lục.txt").contains("Kế hoạch 2026.txt");
    }

    @Test
    void emptyUploadIsExplainedBesideTheFileField() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        long id = ArticleFixtures.draft(editor, "tin-hoat-dong", ArticleFixtures.uniqueTitle("Tin có tệp rỗng"), "Nội dung.");
        editor.get("/quan-tri/tin-bai/" + id);
        editor.upload("/quan-tri/tin-bai/" + id + "/tep", "", "application/octet-stream", new byte[0]);
        assertThat(WebSession.text(editor.get("/quan-tri/tin-bai/" + id))).contains("Vui lòng chọn tệp.");
        assertThat(content.attachments(id)).isEmpty();
    }

    @Test
    void publishedArticlesAreSearchHitsOfKindNewsWithTheirCategory() {
        String title = ArticleFixtures.uniqueTitle("Tuyên truyền phòng, chống dịch sốt xuất huyết");
        long draftOnly = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "tai-chinh-thong-ke",
                ArticleFixtures.uniqueTitle("Bản nháp không được tìm thấy"), "Nháp.");
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "tai-chinh-thong-ke", title, "Diệt lăng quăng, bọ gậy.");
        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);

        List<SearchDocument> documents = search.all().toList();
        SearchDocument hit = documents.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
        assertThat(hit.kind()).isEqualTo("news");
        assertThat(hit.url()).isEqualTo("/tin-tuc/" + content.article(id).slug());
        assertThat(hit.text()).contains("Diệt lăng quăng, bọ gậy.");
        assertThat(hit.facets()).isEqualTo(Map.of("category", List.of("tai-chinh-thong-ke")));
        assertThat(documents).noneMatch(d -> d.url().endsWith(content.article(draftOnly).slug()));
    }
}
