package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.audit.AuditEntry;
import vn.congso.audit.AuditLog;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ7 k2: organisation and contacts in English too, kept up to date with the Vietnamese text. */
@CongsoIntegrationTest
class BilingualPagesTests {

    private static final String CODE = "chuc-nang-nhiem-vu";
    private static final String EDIT = "/quan-tri/trang-song-ngu/" + CODE;

    @LocalServerPort
    int port;

    @Autowired
    BilingualPages pages;

    @Autowired
    AuditLog audit;

    BilingualPage original;

    @BeforeEach
    void remember() {
        original = pages.page(CODE);
    }

    @AfterEach
    void restore() {
        pages.save(CODE, original.titleVi(), original.bodyVi(), original.titleEn(), original.bodyEn());
    }

    private static Map<String, String> form(String titleVi, String bodyVi, String titleEn, String bodyEn) {
        return Map.of("titleVi", titleVi, "bodyVi", bodyVi, "titleEn", titleEn, "bodyEn", bodyEn);
    }

    @Test
    void editorIsWarnedWhenOnlyTheVietnameseSideWasUpdated() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get(EDIT);
        HttpResponse<String> saved = editor.post(EDIT, form("Chức năng, nhiệm vụ, quyền hạn",
                "Ủy ban nhân dân xã thực hiện chức năng quản lý nhà nước ở địa phương.\n\nThêm nhiệm vụ chuyển đổi số.",
                original.titleEn(), original.bodyEn()));
        assertThat(saved.statusCode()).isEqualTo(302);

        BilingualPage page = pages.page(CODE);
        assertThat(page.updatedViAt()).isAfter(page.updatedEnAt());
        assertThat(WebSession.text(editor.get(EDIT)))
                .contains("Bản tiếng Việt đã được cập nhật sau bản tiếng Anh: vui lòng cập nhật bản tiếng Anh cho khớp.");
        assertThat(WebSession.text(editor.get("/quan-tri/trang-song-ngu"))).contains("Bản tiếng Anh cũ hơn");

        editor.post(EDIT, form("Chức năng, nhiệm vụ, quyền hạn",
                "Ủy ban nhân dân xã thực hiện chức năng quản lý nhà nước ở địa phương.\n\nThêm nhiệm vụ chuyển đổi số.",
                "Functions, tasks and powers", "The commune People's Committee manages the State locally.\n\nNew task: digital transformation."));
        String afterBoth = WebSession.text(editor.get(EDIT));
        assertThat(afterBoth).doesNotContain("đã được cập nhật sau bản tiếng Anh");
        assertThat(audit.history(BilingualPages.AUDIT_TYPE, CODE, 2)).extracting(AuditEntry::details).containsExactly("en", "vi");
    }

    @Test
    void vietnameseAndEnglishPagesShowTheirOwnTextAndUpdateTime() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get(EDIT);
        editor.post(EDIT, form(original.titleVi(), original.bodyVi(), "Functions, tasks and powers",
                "The commune People's Committee carries out State management in the commune."));
        BilingualPage page = pages.page(CODE);
        String enTime = page.updatedEnLocal().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));

        WebSession visitor = WebSession.anonymous(port);
        String english = WebSession.text(visitor.get("/en/about"));
        assertThat(english).contains("lang=\"en\"").contains("The commune People's Committee carries out State management in the commune.")
                .contains("Updated " + enTime).contains("Official contacts").contains("One-stop Counter");
        String vietnamese = WebSession.text(visitor.get("/gioi-thieu"));
        assertThat(vietnamese).contains("lang=\"vi\"").contains(original.bodyVi()).contains("Cập nhật lúc ")
                .contains("Bộ phận Một cửa");
    }

    @Test
    void bothSidesAreRequiredAndTheProblemIsShownBesideTheField() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get(EDIT);
        HttpResponse<String> page = editor.post(EDIT, form(original.titleVi(), original.bodyVi(), "Functions", " "));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebSession.text(page)).containsPattern("id=\"bodyEn\"[\\s\\S]*Vui lòng nhập nội dung này.");
    }
}
