package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.audit.AuditEntry;
import vn.congso.audit.AuditLog;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ17: editors write, an approver publishes; every version and every change is kept. */
@CongsoIntegrationTest
class ArticleEditorialFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentManagement content;

    @Autowired
    AuditLog audit;

    @Test
    void editorsDraftIsPrivateUntilAnApproverPublishesIt() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        String title = ArticleFixtures.uniqueTitle("Hội nghị tổng kết công tác tư pháp");
        // typed on a keyboard that sends decomposed letters
        long id = ArticleFixtures.draft(editor, "tin-hoat-dong", Normalizer.normalize(title, Normalizer.Form.NFD),
                "Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị.\n\nĐồng chí Chủ tịch phát biểu chỉ đạo.");
        String slug = content.article(id).slug();
        assertThat(slug).startsWith("hoi-nghi-tong-ket-cong-tac-tu-phap-so-");

        String staffList = WebSession.text(editor.get("/quan-tri/tin-bai"));
        assertThat(staffList.substring(staffList.indexOf(title))).contains("Tin hoạt động").contains("Bản nháp");
        WebSession visitor = WebSession.anonymous(port);
        assertThat(visitor.get("/tin-tuc/" + slug).statusCode()).isEqualTo(404);

        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);

        HttpResponse<String> page = visitor.get("/tin-tuc/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebSession.text(page)).contains(title)
                .contains("<p>Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị.</p>")
                .contains("<p>Đồng chí Chủ tịch phát biểu chỉ đạo.</p>")
                .contains("Đăng lúc ");
        List<AuditEntry> history = audit.history(ContentManagement.AUDIT_TYPE, slug, 10);
        assertThat(history).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("content.article.draft", "canbo"),
                        org.assertj.core.groups.Tuple.tuple("content.article.publish", "truongphong"));
    }

    @Test
    void editorWithoutPublishPermissionIsRefused() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        long id = ArticleFixtures.draft(editor, "pho-bien-phap-luat", ArticleFixtures.uniqueTitle("Hướng dẫn đăng ký khai sinh"),
                "Người dân mang theo giấy chứng sinh.");
        editor.get("/quan-tri/tin-bai/" + id);
        assertThat(WebSession.text(editor.get("/quan-tri/tin-bai/" + id))).doesNotContain("Duyệt và xuất bản");

        HttpResponse<String> refused = editor.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(content.article(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(WebSession.anonymous(port).get("/tin-tuc/" + content.article(id).slug()).statusCode()).isEqualTo(404);
    }

    @Test
    void approverDoesNotPublishAVersionTheyWroteThemselves() {
        WebSession head = WebSession.loggedIn(port, "truongphong");
        long id = ArticleFixtures.draft(head, "tin-hoat-dong", ArticleFixtures.uniqueTitle("Ra quân vệ sinh môi trường"),
                "Toàn xã ra quân.");
        head.get("/quan-tri/tin-bai/" + id);
        HttpResponse<String> attempt = head.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of());

        assertThat(WebSession.text(head.get(WebSession.location(attempt))))
                .contains("Không thể tự duyệt phiên bản do chính mình soạn");
        assertThat(content.article(id).status()).isEqualTo(ArticleStatus.DRAFT);

        ArticleFixtures.publish(WebSession.loggedIn(port, "lanhdao"), id);
        assertThat(content.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void editAfterPublicationWaitsForApprovalAndEveryVersionIsKept() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        String first = ArticleFixtures.uniqueTitle("Lịch tiếp công dân tháng Mười");
        long id = ArticleFixtures.draft(editor, "to-chuc-bo-may", first, "Thứ Năm hằng tuần.");
        WebSession approver = WebSession.loggedIn(port, "lanhdao");
        ArticleFixtures.publish(approver, id);
        String slug = content.article(id).slug();

        editor.get("/quan-tri/tin-bai/" + id);
        String second = first + " (sửa đổi)";
        assertThat(editor.post("/quan-tri/tin-bai/" + id,
                ArticleFixtures.form("to-chuc-bo-may", second, null, "Thứ Năm và thứ Sáu hằng tuần.")).statusCode()).isEqualTo(302);

        WebSession visitor = WebSession.anonymous(port);
        assertThat(WebSession.text(visitor.get("/tin-tuc/" + slug))).contains("Thứ Năm hằng tuần.").doesNotContain("thứ Sáu")
                .doesNotContain("Cập nhật lúc");

        ArticleFixtures.publish(approver, id);
        String page = WebSession.text(visitor.get("/tin-tuc/" + slug));
        assertThat(page).contains(second).contains("Thứ Năm và thứ Sáu hằng tuần.").contains("Đăng lúc ").contains("Cập nhật lúc ");

        String staffPage = WebSession.text(editor.get("/quan-tri/tin-bai/" + id));
        assertThat(staffPage).contains("Các phiên bản").contains(first).contains(second);
        assertThat(content.versions(id)).extracting(ArticleVersion::version, ArticleVersion::editedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "canbo"), org.assertj.core.groups.Tuple.tuple(1, "canbo"));
        assertThat(audit.history(ContentManagement.AUDIT_TYPE, slug, 10)).extracting(AuditEntry::action)
                .containsExactly("content.article.publish", "content.article.edit", "content.article.publish",
                        "content.article.draft");
    }

    @Test
    void formShowsEachProblemBesideItsField() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get("/quan-tri/tin-bai/moi");
        HttpResponse<String> page = editor.post("/quan-tri/tin-bai/moi", ArticleFixtures.form("", "  ", null, ""));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebSession.text(page)).contains("Vui lòng chọn chuyên mục.").contains("Vui lòng nhập tiêu đề.")
                .contains("Vui lòng nhập nội dung.").contains("class=\"field-error\"");
    }

    @Test
    void unpublishedArticleLeavesThePortalAndTheTakeDownIsAudited() {
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "thong-tin-khac",
                ArticleFixtures.uniqueTitle("Thông báo tạm dừng cấp nước"), "Tạm dừng cấp nước ngày 5.");
        WebSession approver = WebSession.loggedIn(port, "truongphong");
        ArticleFixtures.publish(approver, id);
        String slug = content.article(id).slug();

        approver.get("/quan-tri/tin-bai/" + id);
        approver.post("/quan-tri/tin-bai/" + id + "/go-xuong", Map.of());

        assertThat(WebSession.anonymous(port).get("/tin-tuc/" + slug).statusCode()).isEqualTo(404);
        assertThat(audit.history(ContentManagement.AUDIT_TYPE, slug, 1)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("content.article.unpublish", "truongphong"));
    }
}
