package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class RegistrationControllerTests {

    static final String PASSWORD = "Đồng lúa chín vàng 2024";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenRegistersWithConsentAndLogsIn() {
        String username = "dan." + suffix();
        String citizenId = citizenId();
        String decomposedName = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

        Browser.Page result = new Browser(port).post("/dang-ky", "fullName", decomposedName, "citizenId", citizenId,
                "phone", "0912 345 678", "email", username + "@example.invalid", "username", username,
                "password", PASSWORD, "consent", "true");

        assertThat(result.status()).isEqualTo(302);
        assertThat(result.location()).endsWith("/dang-nhap?da-dang-ky");
        assertThat(jdbc.sql("select full_name from identity_account where username = ?").param(username)
                .query(String.class).single()).isEqualTo("Nguyễn Thị Ánh Tuyết").hasSize(20);
        var consent = jdbc.sql("""
                select c.purpose, c.data_items, c.text_version, c.granted_at > now() - interval '1 minute' as recent
                  from identity_consent c join identity_account a on a.id = c.account_id where a.username = ?""")
                .param(username).query().singleRow();
        assertThat(consent.get("text_version")).isEqualTo("DK-2026.1");
        assertThat((String) consent.get("data_items")).contains("Họ và tên", "Số định danh cá nhân", "Số điện thoại");
        assertThat((String) consent.get("purpose")).contains("thủ tục hành chính");
        assertThat(consent.get("recent")).isEqualTo(true);

        Browser browser = new Browser(port);
        assertThat(browser.get("/dang-nhap?da-dang-ky").body()).contains("Đăng ký tài khoản thành công");
        Browser.Page login = browser.login(username, PASSWORD);
        assertThat(login.location()).doesNotContain("loi");
        assertThat(browser.get("/").body()).contains(username).contains("Đổi mật khẩu").doesNotContain("href=\"/dang-ky\"");
    }

    @Test
    void visitorsSeeTheRegisterLink() {
        assertThat(new Browser(port).get("/").body()).contains("href=\"/dang-ky\"").doesNotContain("/tai-khoan/mat-khau");
    }

    @Test
    void theFormListsTheDataCollectedAndWhy() {
        String page = new Browser(port).get("/dang-ky").body();
        assertThat(page).contains("Dữ liệu cá nhân được thu thập", "Số định danh cá nhân", "Mục đích",
                "Phiên bản nội dung: DK-2026.1", "name=\"consent\"");
    }

    @Test
    void anUntickedConsentIsAFieldErrorAndStoresNothing() {
        String username = "dan." + suffix();
        Browser.Page page = new Browser(port).post("/dang-ky", "fullName", "Trần Văn Bình", "citizenId", citizenId(),
                "phone", "0987654321", "email", "binh@example.invalid", "username", username, "password", PASSWORD);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern(
                "class=\"field-error\"[^>]*>Cần đánh dấu đồng ý cho xử lý dữ liệu cá nhân để đăng ký tài khoản.<");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page.body())).as("the form keeps what was typed")
                .contains("value=\"Trần Văn Bình\"");
        assertThat(jdbc.sql("select count(*) from identity_account where username = ?").param(username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCitizenIdWithAnAccountIsAFieldError() {
        String citizenId = citizenId();
        Browser browser = new Browser(port);
        browser.post("/dang-ky", "fullName", "Lê Văn Cường", "citizenId", citizenId, "phone", "0358123456",
                "email", "cuong@example.invalid", "username", "dan." + suffix(), "password", PASSWORD, "consent", "true");

        Browser.Page second = browser.post("/dang-ky", "fullName", "Lê Văn Cường", "citizenId", citizenId,
                "phone", "0358123456", "email", "cuong@example.invalid", "username", "dan." + suffix(),
                "password", PASSWORD, "consent", "true");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).containsPattern("class=\"field-error\"[^>]*>Số định danh cá nhân này đã có tài khoản.<");
    }

    @Test
    void malformedNumbersAndWeakPasswordsAreFieldErrors() {
        Browser.Page page = new Browser(port).post("/dang-ky", "fullName", "Phạm Thu Hà", "citizenId", "003099012345",
                "phone", "0212345678", "email", "ha@example.invalid", "username", "ha.pham" + suffix(),
                "password", "matkhau123", "consent", "true");

        assertThat(page.body())
                .contains("Số định danh cá nhân không hợp lệ")
                .contains("Số điện thoại di động cần 10 chữ số")
                .contains("Mật khẩu này quá phổ biến");
    }

    @Test
    void anOrganisationRegistersUnderAValidTaxCodeOnly() {
        Browser browser = new Browser(port);
        Browser.Page wrongCheckDigit = browser.post("/dang-ky/to-chuc", "name", "Hợp tác xã Chè Tân Cương",
                "taxCode", "0100109107", "phone", "0977000111", "email", "htx@example.invalid",
                "username", "htx." + suffix(), "password", PASSWORD, "consent", "true");
        assertThat(wrongCheckDigit.body()).containsPattern("class=\"field-error\"[^>]*>Mã số thuế không hợp lệ");

        String username = "htx." + suffix();
        String branch = String.format("0100109106-%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        Browser.Page created = browser.post("/dang-ky/to-chuc", "name", "Hợp tác xã Chè Tân Cương", "taxCode", branch,
                "phone", "0977000111", "email", "htx@example.invalid", "username", username, "password", PASSWORD,
                "consent", "true");
        assertThat(created.location()).endsWith("/dang-nhap?da-dang-ky");
        assertThat(jdbc.sql("select kind || ' ' || tax_code from identity_account where username = ?").param(username)
                .query(String.class).single()).isEqualTo("ORGANISATION " + branch);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        String username = "dan." + suffix();
        Browser.Page page = new Browser(port).postWithoutToken("/dang-ky", "fullName", "Vũ Minh Khang",
                "citizenId", citizenId(), "phone", "0912000222", "email", "khang@example.invalid",
                "username", username, "password", PASSWORD, "consent", "true");

        assertThat(page.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity_account where username = ?").param(username)
                .query(Integer.class).single()).isZero();
    }

    static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), 36);
    }

    /** A random number of the right form (Thái Nguyên, man born 1990): test data, looked up nowhere. */
    static String citizenId() {
        return String.format("019090%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
