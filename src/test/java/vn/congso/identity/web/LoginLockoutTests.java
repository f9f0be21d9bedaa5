package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.identity.IdentityFixtures;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class LoginLockoutTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = IdentityFixtures.citizen(accounts, encoder, "khoa");
        Browser browser = new Browser(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(username, "Sai mật khẩu " + i).location()).as("failure %d", i).endsWith("/dang-nhap?loi");
        }
        assertThat(browser.login(username, "Sai mật khẩu 5").location()).endsWith("/dang-nhap?khoa");

        assertThat(browser.login(username, IdentityFixtures.PASSWORD).location()).endsWith("/dang-nhap?khoa");
        assertThat(browser.get("/dang-nhap?khoa").body())
                .contains("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần liên tiếp. Vui lòng thử lại sau 15 phút.");
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAsAnAccount() {
        String unknown = "khong-ton-tai-" + System.nanoTime();
        Browser browser = new Browser(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(unknown, "Sai mật khẩu " + i).location()).endsWith("/dang-nhap?loi");
        }
        assertThat(browser.login(unknown, "Sai mật khẩu 5").location()).endsWith("/dang-nhap?khoa");
        assertThat(browser.login(unknown, "Sai mật khẩu 6").location()).endsWith("/dang-nhap?khoa");
    }

    @Test
    void aSuccessfulLoginResetsTheFailures() {
        String username = IdentityFixtures.citizen(accounts, encoder, "khoa");
        Browser browser = new Browser(port);
        for (int i = 0; i < 4; i++) {
            browser.login(username, "Sai mật khẩu");
        }
        assertThat(browser.login(username, IdentityFixtures.PASSWORD).location()).doesNotContain("dang-nhap");
        assertThat(accounts.findByUsername(username).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void theSessionIdChangesAtLogin() {
        String username = IdentityFixtures.citizen(accounts, encoder, "phien");
        Browser browser = new Browser(port);
        browser.get("/dang-nhap");
        String before = browser.sessionId();

        browser.login(username, IdentityFixtures.PASSWORD);

        assertThat(before).isNotNull();
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/tai-khoan/mat-khau").status()).isEqualTo(200);
    }
}
