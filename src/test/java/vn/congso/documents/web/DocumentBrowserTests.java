package vn.congso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

        as("vanthu");
        check("/quan-tri/van-ban-den", "Văn bản đến");
        check("/quan-tri/van-ban-den/so-dang-ky", "Sổ đăng ký văn bản đến");
        check("/quan-tri/van-ban-di/so-dang-ky", "Sổ đăng ký văn bản đi");

        as("lanhdao");
        check("/quan-tri/lanh-dao", "Văn bản");
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
