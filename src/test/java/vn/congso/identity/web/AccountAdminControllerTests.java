package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.agency.AgencyManagement;
import vn.congso.identity.IdentityFixtures;
import vn.congso.identity.LoginAttempts;
import vn.congso.identity.Role;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class AccountAdminControllerTests {

    private static final Pattern GENERATED = Pattern.compile("chuyển cho người dùng qua kênh an toàn\\): ([A-Za-z0-9]+)<");

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AgencyManagement agency;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminCreatesAStaffAccountWithTwoRolesAndAGeneratedPassword() {
        Browser admin = admin();
        String username = "cb." + RegistrationControllerTests.suffix();
        long department = agency.departments().get(1).id();

        Browser.Page created = admin.post("/quan-tri/tai-khoan/moi", "username", username,
                "fullName", Normalizer.normalize("Lý Thị Phương", Normalizer.Form.NFD), "email", username + "@example.invalid",
                "departmentId", Long.toString(department), "title", "Công chức Văn hóa - Xã hội", "password", "",
                "roles", "OFFICER", "roles", "HEAD");

        assertThat(created.status()).isEqualTo(302);
        Browser.Page account = admin.get(path(created.location()));
        assertThat(account.body()).contains("Đã tạo tài khoản.", "Lý Thị Phương", "Cán bộ xử lý", "Trưởng phòng");
        Matcher generated = GENERATED.matcher(account.body());
        assertThat(generated.find()).as("generated password shown").isTrue();
        assertThat(admin.get(path(created.location())).body()).as("shown once").doesNotContain(generated.group(1));

        var row = accounts.findByUsername(username).orElseThrow();
        assertThat(row.fullName()).isEqualTo("Lý Thị Phương");
        assertThat(row.departmentId()).isEqualTo(department);
        assertThat(accounts.roles(row.id())).containsExactlyInAnyOrder(Role.OFFICER, Role.HEAD);
        assertThat(audited("identity.staff.created", username)).isEqualTo(1);

        Browser staff = new Browser(port);
        assertThat(staff.login(username, generated.group(1)).location()).doesNotContain("dang-nhap");
        assertThat(staff.get("/quan-tri/tai-khoan").status()).isEqualTo(403);
    }

    @Test
    void theAdminChangesRolesAndDepartmentAndDisablesAnAccount() {
        Browser admin = admin();
        String username = "cb." + RegistrationControllerTests.suffix();
        long id = accounts.createStaff(username, encoder.encode(IdentityFixtures.PASSWORD), "Hà Văn Sơn",
                username + "@example.invalid", null, null);

        admin.post("/quan-tri/tai-khoan/" + id + "/vai-tro", "roles", "CLERK", "roles", "LEADER");
        assertThat(accounts.roles(id)).containsExactlyInAnyOrder(Role.CLERK, Role.LEADER);
        admin.post("/quan-tri/tai-khoan/" + id + "/vai-tro", "roles", "LEADER");
        assertThat(accounts.roles(id)).containsExactly(Role.LEADER);

        long department = agency.departments().get(0).id();
        admin.post("/quan-tri/tai-khoan/" + id + "/don-vi", "departmentId", Long.toString(department));
        assertThat(accounts.findById(id).orElseThrow().departmentId()).isEqualTo(department);

        admin.post("/quan-tri/tai-khoan/" + id + "/trang-thai", "enabled", "false");
        assertThat(new Browser(port).login(username, IdentityFixtures.PASSWORD).location()).endsWith("/dang-nhap?loi");
        assertThat(audited("identity.roles.changed", username)).isEqualTo(2);
        assertThat(audited("identity.department.changed", username)).isEqualTo(1);
        assertThat(audited("identity.account.disabled", username)).isEqualTo(1);
    }

    @Test
    void theAdminUnlocksALockedAccount() {
        String username = IdentityFixtures.citizen(accounts, encoder, "khoa");
        for (int i = 0; i < 5; i++) {
            attempts.failed(username);
        }
        assertThat(new Browser(port).login(username, IdentityFixtures.PASSWORD).location()).endsWith("/dang-nhap?khoa");
        long id = accounts.findByUsername(username).orElseThrow().id();

        Browser admin = admin();
        assertThat(admin.get("/quan-tri/tai-khoan/" + id).body()).contains("Tạm khóa", "Mở khóa đăng nhập");
        admin.post("/quan-tri/tai-khoan/" + id + "/mo-khoa");

        assertThat(new Browser(port).login(username, IdentityFixtures.PASSWORD).location()).doesNotContain("dang-nhap");
        assertThat(audited("identity.account.unlocked", username)).isEqualTo(1);
    }

    @Test
    void theAdminCannotDropTheirOwnAdminRole() {
        Browser admin = admin();
        long adminId = accounts.findByUsername("admin").orElseThrow().id();

        Browser.Page result = admin.post("/quan-tri/tai-khoan/" + adminId + "/vai-tro", "roles", "OFFICER");

        assertThat(accounts.roles(adminId)).contains(Role.ADMIN);
        assertThat(admin.get(path(result.location())).body())
                .contains("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.");
    }

    @Test
    void theListFiltersStaffAndCitizens() {
        Browser admin = admin();
        assertThat(admin.get("/").body()).as("staff menu").contains("href=\"/quan-tri/tai-khoan\"");
        assertThat(admin.get("/quan-tri/tai-khoan").body()).contains(">canbo<", ">vanthu<").doesNotContain(">congdan<");
        assertThat(admin.get("/quan-tri/tai-khoan?loai=cong-dan&q=%C4%90inh%20Th%E1%BB%8B%20Hoa").body())
                .contains(">congdan<").doesNotContain(">canbo<");
    }

    @Test
    void nobodyButTheAdminReachesAnyAccountPage() {
        long id = accounts.findByUsername("canbo").orElseThrow().id();
        for (String user : new String[] {"canbo", "truongphong", "congdan"}) {
            Browser browser = new Browser(port);
            assertThat(browser.login(user, vn.congso.testing.CongsoIntegrationTest.DEMO_PASSWORD).location())
                    .doesNotContain("dang-nhap");
            assertThat(browser.get("/quan-tri/tai-khoan").status()).as(user).isEqualTo(403);
            assertThat(browser.get("/quan-tri/tai-khoan?loai=cong-dan").status()).as(user).isEqualTo(403);
            assertThat(browser.get("/quan-tri/tai-khoan/moi").status()).as(user).isEqualTo(403);
            assertThat(browser.get("/quan-tri/tai-khoan/" + id).status()).as(user).isEqualTo(403);
            assertThat(browser.post("/quan-tri/tai-khoan/moi", "username", "xam.nhap", "fullName", "Xâm Nhập",
                    "email", "x@example.invalid", "roles", "ADMIN").status()).as(user).isEqualTo(403);
            assertThat(browser.post("/quan-tri/tai-khoan/" + id + "/vai-tro", "roles", "ADMIN").status()).as(user).isEqualTo(403);
            assertThat(browser.post("/quan-tri/tai-khoan/" + id + "/don-vi", "departmentId", "").status()).as(user).isEqualTo(403);
            assertThat(browser.post("/quan-tri/tai-khoan/" + id + "/trang-thai", "enabled", "false").status()).as(user).isEqualTo(403);
            assertThat(browser.post("/quan-tri/tai-khoan/" + id + "/mo-khoa").status()).as(user).isEqualTo(403);
        }
        assertThat(accounts.roles(id)).containsExactly(Role.OFFICER);
        assertThat(accounts.exists("xam.nhap")).isFalse();
        assertThat(new Browser(port).get("/quan-tri/tai-khoan").location()).endsWith("/dang-nhap");
    }

    private Browser admin() {
        Browser admin = new Browser(port);
        assertThat(admin.login("admin", vn.congso.testing.CongsoIntegrationTest.DEMO_PASSWORD).location())
                .doesNotContain("dang-nhap");
        return admin;
    }

    private int audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?")
                .params(action, username).query(Integer.class).single();
    }

    private static String path(String location) {
        return java.net.URI.create(location).getPath();
    }
}
