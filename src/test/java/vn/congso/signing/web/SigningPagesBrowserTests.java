package vn.congso.signing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/** The signature pages as a person sees them, in headless Chromium, checked with axe-core. */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningPagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SigningManagement signing;

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
    void visitorUploadsASignedPdfAndReadsTheVerdict() throws Exception {
        Path file = Files.createTempFile("quyet-dinh-", ".pdf");
        Files.write(file, signing.signAsAgency(SigningFixtures.decision(1), null));
        browser.go("/ky-so/kiem-tra?lang=vi");
        assertThat(browser.accessibilityViolations()).as("axe on the empty form").isEmpty();

        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.text()).contains("Hợp lệ").contains("Ủy ban nhân dân xã Thanh Định")
                .contains("không có giá trị pháp lý");
        assertThat(browser.accessibilityViolations()).as("axe on the result").isEmpty();
        browser.screenshot("ky-so-kiem-tra");
        Files.delete(file);
    }

    @Test
    void trustedCertificatesPageIsAccessible() throws Exception {
        vn.congso.signing.TrustAnchor anchor;
        try (var root = SigningFixtures.externalKey("Tổ chức cung cấp dịch vụ chứng thực chữ ký số thử nghiệm")) {
            anchor = signing.addTrustAnchor(root.certificate().getEncoded(), "admin");
        }
        browser.go("/?lang=vi");
        browser.logIn("admin", CongsoIntegrationTest.DEMO_PASSWORD);
        browser.go("/quan-tri/ky-so/chung-thu-tin-cay");

        assertThat(browser.text()).contains("Chứng thư số tin cậy").contains("thử nghiệm")
                .contains("Tổ chức cung cấp dịch vụ chứng thực chữ ký số thử nghiệm").contains(anchor.sha256());
        assertThat(browser.accessibilityViolations()).as("axe on the trust anchors page").isEmpty();
        browser.logOut();
        signing.removeTrustAnchor(anchor.id());
    }

    @Test
    void sealAndOwnSignaturePagesAreAccessible() {
        browser.go("/?lang=vi");
        browser.logIn("admin", CongsoIntegrationTest.DEMO_PASSWORD);
        browser.go("/quan-tri/ky-so/con-dau");
        assertThat(browser.text()).contains("Hình ảnh con dấu").contains("thử nghiệm");
        assertThat(browser.accessibilityViolations()).as("axe on the seal page").isEmpty();
        browser.screenshot("ky-so-con-dau");
        browser.logOut();

        browser.logIn("canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        browser.go("/ky-so/chu-ky-cua-toi");
        assertThat(browser.text()).contains("Chữ ký của tôi").contains("không có giá trị pháp lý");
        assertThat(browser.accessibilityViolations()).as("axe on the own signature page").isEmpty();
        browser.logOut();
    }
}
