package vn.congso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.documents.DocumentType;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.WorkFileManagement;
import vn.congso.documents.edxml.Priority;
import vn.congso.identity.Role;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/** The document pages and the leader's desk in headless Chromium, checked by axe-core, as their users see them. */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    OutgoingDocumentManagement outgoing;

    @Autowired
    WorkFileManagement files;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void documentPagesWorkFilesAndTheLeadersDeskHaveNoAccessibilityViolations() {
        long draft = outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH",
                "tổ chức tổng vệ sinh môi trường", Priority.URGENT, List.of("- Các xóm;"),
                List.of("Đề nghị các xóm tổ chức tổng vệ sinh."), List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH", "Phùng Văn Đăng", List.of("VP"), List.of(), List.of()), "canbo");
        outgoing.askOpinion(draft, "truongphong", LocalDate.now().plusDays(2), "canbo");
        long submitted = outgoing.compose(letter("kế hoạch phòng chống rét cho đàn gia súc"), "canbo");
        outgoing.submit(submitted, "canbo");
        long issued = outgoing.compose(letter("thông báo lịch cắt điện tháng 12"), "canbo");
        outgoing.submit(issued, "canbo");
        outgoing.approve(issued, "truongphong", Set.of(Role.HEAD), null);
        outgoing.approve(issued, "lanhdao", Set.of(Role.LEADER), null);
        outgoing.sign(issued, "lanhdao");
        outgoing.issue(issued, "vanthu");
        long file = files.list(new WorkFileManagement.Entry(LocalDate.now().getYear(), "05.VHXH",
                "Hồ sơ tổng vệ sinh môi trường", "5 năm", "canbo"), "canbo");
        files.open(file, "canbo");

        as("canbo");
        check("/quan-tri/van-ban-di", "tổ chức tổng vệ sinh môi trường");
        check("/quan-tri/van-ban-di/soan-thao", "Soạn thảo");
        check("/quan-tri/van-ban-di/" + draft, "tổ chức tổng vệ sinh môi trường");
        check("/quan-tri/ho-so-cong-viec", "05.VHXH");
        check("/quan-tri/ho-so-cong-viec/" + file, "Hồ sơ tổng vệ sinh môi trường");

        as("truongphong");
        check("/quan-tri/van-ban-di/" + draft, "Cho ý kiến phối hợp");
        check("/quan-tri/van-ban-di/" + submitted, "Lưu phiên bản mới");

        as("vanthu");
        check("/quan-tri/van-ban-den", "Văn bản đến");
        check("/quan-tri/van-ban-den/so-dang-ky", "Sổ đăng ký văn bản đến");
        check("/quan-tri/van-ban-di/so-dang-ky", "Sổ đăng ký văn bản đi");
        check("/quan-tri/van-ban-di/" + issued, "Lý do thay thế");

        as("lanhdao");
        check("/quan-tri/lanh-dao", "Văn bản");
    }

    private static OutgoingDraft letter(String subject) {
        return new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH", subject, Priority.NORMAL, List.of("- Các xóm;"),
                List.of("Đề nghị các xóm thực hiện."), List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Phùng Văn Đăng", List.of(), List.of(), List.of());
    }

    private void check(String path, String expected) {
        browser.go(path);
        assertThat(browser.text()).as(path).contains(expected);
        assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
    }

    private void as(String user) {
        browser.go("/?lang=vi");
        if (!browser.driver().findElements(By.cssSelector("form[action$='/dang-xuat'] button")).isEmpty()) {
            browser.logOut();
        }
        browser.logIn(user, CongsoIntegrationTest.DEMO_PASSWORD);
    }
}
