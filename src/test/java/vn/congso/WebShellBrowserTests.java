package vn.congso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/** The web shell as a person sees it, in real headless Chromium. */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebShellBrowserTests {

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
    void homeIsVietnameseAndSwitchesToEnglish() {
        browser.go("/?lang=vi");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        assertThat(browser.text()).contains("Ủy ban nhân dân xã Thanh Định").contains("Đăng nhập");
        browser.screenshot("home-vi");
        browser.clickAndWait(By.linkText("English"));
        assertThat(browser.text()).containsIgnoringCase("Thanh Dinh Commune People's Committee").contains("Log in");
        browser.screenshot("home-en");
        browser.go("/dang-nhap");
        assertThat(browser.text()).as("the language choice is remembered").contains("User name");
        browser.go("/?lang=vi");
    }

    @Test
    void anonymousVisitorOfAStaffPageIsSentToLogin() {
        browser.go("/quan-tri/nhat-ky");
        assertThat(browser.driver().getCurrentUrl()).contains("/dang-nhap");
    }

    @Test
    void eachDemoRoleLogsInAndSeesItsMenu() {
        for (var account : Browser.demoAccounts().entrySet()) {
            browser.go("/?lang=vi");
            browser.logIn(account.getKey(), CongsoIntegrationTest.DEMO_PASSWORD);
            String page = browser.text();
            assertThat(page).as(account.getKey()).contains("Đăng xuất").contains(account.getKey());
            List<String> staffMenu = browser.driver().findElements(By.cssSelector("nav.staff-nav a")).stream()
                    .map(WebElement::getText).toList();
            List<String> adminOnly = List.of("Nhật ký hệ thống", "Tài khoản", "Thông tin cơ quan");
            if (account.getValue().equals("ADMIN")) {
                assertThat(staffMenu).as("admin's staff menu").containsAll(adminOnly);
            } else {
                assertThat(staffMenu).as(account.getKey() + "'s staff menu").doesNotContainAnyElementsOf(adminOnly);
            }
            List<String> mainMenu = browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(mainMenu).as("logged in: no login or registration link").doesNotContain("Đăng nhập", "Đăng ký")
                    .contains("Đổi mật khẩu");
            if (account.getValue().equals("CITIZEN")) {
                assertThat(staffMenu).as("a citizen has no staff menu").isEmpty();
            }
            browser.screenshot("menu-" + account.getKey());
            browser.logOut();
            assertThat(browser.text()).contains("Bạn đã đăng xuất.");
        }
    }

    @Test
    void registrationShowsErrorsBesideTheFields() {
        browser.go("/dang-ky?lang=vi");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).as("errors beside the fields").isNotEmpty();
        assertThat(browser.accessibilityViolations()).as("axe on the registration form with errors").isEmpty();
        browser.screenshot("registration-errors");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        browser.logIn("canbo", "sai-mat-khau");
        assertThat(browser.driver().getCurrentUrl()).contains("/dang-nhap");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText()).contains("không đúng");
    }

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        for (String path : List.of("/", "/dang-nhap", "/dang-ky", "/dang-ky/to-chuc", "/khong-co-trang-nay")) {
            browser.go(path + (path.contains("?") ? "&" : "?") + "lang=vi");
            assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
        }
    }

    @Test
    void adminPagesHaveNoAccessibilityViolations() {
        browser.go("/?lang=vi");
        browser.logIn("admin", CongsoIntegrationTest.DEMO_PASSWORD);
        for (String path : List.of("/quan-tri/nhat-ky", "/quan-tri/co-quan", "/quan-tri/tai-khoan", "/tai-khoan/mat-khau")) {
            browser.go(path);
            assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
            browser.screenshot("admin" + path.replace('/', '-'));
        }
        browser.logOut();
    }
}
