package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/** The catalogue and the calendar page as a person sees them, in headless Chromium. */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicServiceBrowserTests {

    @LocalServerPort
    int port;

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
    void citizenFiltersTheCatalogueAndOpensAProcedure() {
        browser.go("/?lang=vi");
        browser.clickAndWait(By.linkText("Thủ tục hành chính"));
        new Select(browser.driver().findElement(By.id("topic"))).selectByVisibleText("Khai tử");
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.text()).contains("Có 1 thủ tục.").contains("Thủ tục đăng ký khai tử").doesNotContain("Thủ tục đăng ký kết hôn");
        browser.clickAndWait(By.linkText("Thủ tục đăng ký khai tử"));
        assertThat(browser.text()).contains("Mã thủ tục").contains("1.000656").contains("Mức độ dịch vụ công trực tuyến và lý do");
        browser.screenshot("procedure-1.000656");
    }

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        for (String path : List.of("/thu-tuc", "/thu-tuc?level=PARTIAL", "/thu-tuc/1.001193", "/thu-tuc/2.000884")) {
            browser.go(path + (path.contains("?") ? "&" : "?") + "lang=vi");
            assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
        }
    }

    @Test
    void adminPagesHaveNoAccessibilityViolations() {
        browser.go("/?lang=vi");
        browser.logIn("admin", CongsoIntegrationTest.DEMO_PASSWORD);
        for (String path : List.of("/quan-tri/lich-lam-viec?nam=2026", "/quan-tri/thu-tuc/nhap")) {
            browser.go(path);
            assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
            browser.screenshot("admin" + path.replace('/', '-').replace('?', '-').replace('=', '-'));
        }
        browser.logOut();
    }
}
