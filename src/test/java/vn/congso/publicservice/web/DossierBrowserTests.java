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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.publicservice.DossierQueries;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.Verdict;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;

/**
 * A dossier from the citizen's registration to the monthly report, as the people involved see it, in headless
 * Chromium, with axe-core on every page they use (citizen and staff).
 */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierBrowserTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    private static final String CITIZEN = "nguyenthihanh";

    @LocalServerPort
    int port;
    @Autowired
    DossierQueries queries;
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
        assertThat(browser.accessibilityViolations()).as("axe on the staff dossier page for " + user).isEmpty();
        if (text != null) {
            browser.driver().findElement(By.id("noi-dung")).sendKeys(text);
        }
        browser.clickAndWait(By.cssSelector("button[name=hanh-dong][value=" + action + "]"));
        assertThat(browser.text()).contains("Đã thực hiện.");
    }

    @Test
    void citizenRegistersSubmitsSupplementsRatesTheSignedResultAndTheMonthlyReportShowsIt() throws Exception {
        browser.go("/?lang=vi");
        if (!browser.driver().findElements(By.cssSelector("form[action$='/dang-xuat'] button")).isEmpty()) {
            browser.logOut();
        }
        browser.go("/dang-ky?lang=vi");
        browser.driver().findElement(By.id("fullName")).sendKeys("Nguyễn Thị Hạnh");
        browser.driver().findElement(By.id("citizenId")).sendKeys("019195000777");
        browser.driver().findElement(By.id("phone")).sendKeys("0912000777");
        browser.driver().findElement(By.id("email")).sendKeys("hanh@example.invalid");
        browser.driver().findElement(By.id("username")).sendKeys(CITIZEN);
        browser.driver().findElement(By.id("password")).sendKeys(CongsoIntegrationTest.DEMO_PASSWORD);
        browser.driver().findElement(By.cssSelector("input[type=checkbox][name=consent]")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).as("registered").contains("/dang-nhap");
        as(CITIZEN);
        browser.go("/thu-tuc/1.004873");
        browser.clickAndWait(By.linkText("Nộp hồ sơ trực tuyến"));
        // filled from the account just registered (NĐ42 Đ11 k2 c: never asked again)
        assertThat(browser.driver().findElement(By.id("f_applicantName")).getAttribute("value")).isEqualTo("Nguyễn Thị Hạnh");
        assertThat(browser.driver().findElement(By.id("f_applicantCitizenId")).getAttribute("value")).isEqualTo("019195000777");
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

        as(CITIZEN);
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

        as(CITIZEN);
        browser.go("/tai-khoan/kho-du-lieu");
        assertThat(browser.text()).contains(code + "-KQ");
        assertThat(browser.accessibilityViolations()).as("axe on the data store").isEmpty();
        // the file in the store is the agency-signed result, and EU DSS says so
        assertThat(signing.validate(queries.resultPdf(code + "-KQ", CITIZEN)).verdict()).isEqualTo(Verdict.VALID);
        browser.go("/tai-khoan/ho-so/" + code);
        browser.driver().findElement(By.cssSelector("label[for=diem5]")).click();
        browser.clickAndWait(By.cssSelector("form[action$='/danh-gia'] button[type=submit]"));
        browser.go("/tra-cuu-ho-so?ma=" + code);
        assertThat(browser.text()).contains("Đã trả kết quả").doesNotContain("Nguyễn Thị Hạnh");

        as("lanhdao");
        browser.go("/quan-tri/ho-so/bao-cao");
        assertThat(browser.accessibilityViolations()).as("axe on the monitoring dashboard").isEmpty();
        String dashboard = browser.text();
        assertThat(dashboard).contains("Tỷ lệ hồ sơ trực tuyến").contains("Chỉ số theo Quyết định 766/QĐ-TTg");
        // the participant table names the new citizen's submission and rating
        assertThat(browser.driver().findElements(By.xpath("//tr[td[1][.='" + CITIZEN + "'] and td[3][.='Đánh giá']]"))).hasSize(1);
        browser.go("/quan-tri/ho-so/danh-gia");
        assertThat(browser.accessibilityViolations()).as("axe on the rating aggregates").isEmpty();
        assertThat(browser.text()).contains("1.004873").doesNotContain(CITIZEN);
        as("vanthu");
        browser.go("/quan-tri/ho-so");
        assertThat(browser.accessibilityViolations()).as("axe on the staff queue").isEmpty();
        browser.go("/quan-tri/mot-cua/tiep-nhan?thu-tuc=1.001193");
        assertThat(browser.accessibilityViolations()).as("axe on the counter form").isEmpty();
    }
}
