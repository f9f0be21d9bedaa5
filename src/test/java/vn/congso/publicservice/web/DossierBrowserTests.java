package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/** A dossier from the citizen's form to the signed result, as the people involved see it, in headless Chromium. */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierBrowserTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

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

    private void as(String user) {
        browser.go("/?lang=vi");
        if (!browser.driver().findElements(By.cssSelector("form[action$='/dang-xuat'] button")).isEmpty()) {
            browser.logOut();
        }
        browser.logIn(user, CongsoIntegrationTest.DEMO_PASSWORD);
    }

    private void staffAction(String user, String code, String action, String text) {
        as(user);
        browser.go("/quan-tri/ho-so/" + code);
        if (text != null) {
            browser.driver().findElement(By.id("noi-dung")).sendKeys(text);
        }
        browser.clickAndWait(By.cssSelector("button[name=hanh-dong][value=" + action + "]"));
        assertThat(browser.text()).contains("Đã thực hiện.");
    }

    @Test
    void citizenSubmitsIsAskedForMoreSupplementsAndFindsTheSignedResultInTheStore() throws Exception {
        as("congdan");
        browser.go("/thu-tuc/1.004873");
        browser.clickAndWait(By.linkText("Nộp hồ sơ trực tuyến"));
        assertThat(browser.driver().findElement(By.id("f_applicantName")).getAttribute("value")).isEqualTo("Đinh Thị Hoa");
        assertThat(browser.accessibilityViolations()).as("axe on the e-form").isEmpty();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '1995-04-12'",
                browser.driver().findElement(By.id("f_birthDate")));
        browser.driver().findElement(By.id("f_residence")).sendKeys("Thôn Đông, xã Thanh Định");
        browser.driver().findElement(By.id("f_maritalStatus")).sendKeys("Chưa đăng ký kết hôn với ai");
        browser.driver().findElement(By.id("f_purpose")).sendKeys("Đăng ký kết hôn");
        browser.clickAndWait(By.cssSelector("button[name=hanh-dong][value=nop]"));
        assertThat(browser.text()).contains("Hồ sơ đã được tiếp nhận").contains("Đang giải quyết");
        String url = browser.driver().getCurrentUrl();
        String code = url.substring(url.lastIndexOf('/') + 1);

        staffAction("vanthu", code, "chuyen", null);
        staffAction("canbo", code, "bo-sung", "Thiếu bản sao Giấy khai sinh của người yêu cầu.");

        as("congdan");
        browser.go("/tai-khoan/ho-so/" + code);
        assertThat(browser.text()).contains("Chờ bổ sung hồ sơ").contains("Thiếu bản sao Giấy khai sinh của người yêu cầu.");
        assertThat(browser.accessibilityViolations()).as("axe on the dossier page").isEmpty();
        Path scan = Files.createTempFile("giay-khai-sinh", ".png");
        Files.write(scan, PNG);
        browser.driver().findElement(By.id("tep_1")).sendKeys(scan.toString());
        browser.clickAndWait(By.cssSelector("form[action$='/bo-sung'] button[type=submit]"));
        assertThat(browser.text()).contains("Đang giải quyết");

        staffAction("canbo", code, "chuyen", null);
        staffAction("lanhdao", code, "phe-duyet", null);
        staffAction("vanthu", code, "tra-ket-qua", null);

        as("congdan");
        browser.go("/tai-khoan/kho-du-lieu");
        assertThat(browser.text()).contains(code + "-KQ");
        assertThat(browser.accessibilityViolations()).as("axe on the data store").isEmpty();
        browser.go("/tra-cuu-ho-so?ma=" + code);
        assertThat(browser.text()).contains("Đã trả kết quả").doesNotContain("Đinh Thị Hoa");
    }
}
