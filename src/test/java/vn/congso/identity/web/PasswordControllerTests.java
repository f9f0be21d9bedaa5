package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.identity.IdentityFixtures;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class PasswordControllerTests {

    static final String NEW_PASSWORD = "Trăng rằm tháng Tám 2025";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenChangesTheirPasswordAndLogsInWithTheNewOne() {
        String username = IdentityFixtures.citizen(accounts, encoder, "matkhau");
        Browser browser = new Browser(port);
        browser.login(username, IdentityFixtures.PASSWORD);

        Browser.Page changed = browser.post("/tai-khoan/mat-khau", "current", IdentityFixtures.PASSWORD,
                "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

        assertThat(changed.location()).endsWith("/tai-khoan/mat-khau?da-doi");
        assertThat(browser.get("/tai-khoan/mat-khau?da-doi").body()).contains("Đã đổi mật khẩu.");
        assertThat(new Browser(port).login(username, IdentityFixtures.PASSWORD).location()).endsWith("/dang-nhap?loi");
        assertThat(new Browser(port).login(username, NEW_PASSWORD).location()).doesNotContain("dang-nhap");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.password.changed' and object_id = ?")
                .param(username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordMismatchAndPolicyAreFieldErrors() {
        String username = IdentityFixtures.citizen(accounts, encoder, "matkhau");
        Browser browser = new Browser(port);
        browser.login(username, IdentityFixtures.PASSWORD);

        Browser.Page wrong = browser.post("/tai-khoan/mat-khau", "current", "Không phải mật khẩu",
                "password", NEW_PASSWORD, "confirmation", "Trăng rằm tháng Chín");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .containsPattern("class=\"field-error\"[^>]*>Mật khẩu hiện tại không đúng.<")
                .containsPattern("class=\"field-error\"[^>]*>Hai lần nhập mật khẩu mới không khớp.<")
                .doesNotContain("Không phải mật khẩu");

        Browser.Page tooShort = browser.post("/tai-khoan/mat-khau", "current", IdentityFixtures.PASSWORD,
                "password", "ngan", "confirmation", "ngan");
        assertThat(tooShort.body()).containsPattern("class=\"field-error\"[^>]*>Mật khẩu cần ít nhất 10 ký tự.<");
        assertThat(new Browser(port).login(username, IdentityFixtures.PASSWORD).location()).doesNotContain("dang-nhap");
    }

    @Test
    void visitorsAreSentToLogin() {
        Browser.Page page = new Browser(port).get("/tai-khoan/mat-khau");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/dang-nhap");
    }
}
