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
    void trustedCertificatesPageIsAccessible() {
        browser.go("/?lang=vi");
        browser.logIn("admin", CongsoIntegrationTest.DEMO_PASSWORD);
        browser.go("/quan-tri/ky-so/chung-thu-tin-cay");

        assertThat(browser.text()).contains("Chứng thư số tin cậy").contains("thử nghiệm");
        assertThat(browser.accessibilityViolations()).as("axe on the trust anchors page").isEmpty();
        browser.logOut();
    }
}
