package vn.congso.agency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.agency.Department;
import vn.congso.audit.AuditEntry;
import vn.congso.audit.AuditLog;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

@CongsoIntegrationTest
class AgencySettingsControllerTests {

    private static final String PAGE = "/quan-tri/co-quan";

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AuditLog audit;

    AgencyProfile original;

    @BeforeEach
    void rememberProfile() {
        original = agencies.profile().orElseThrow();
    }

    @AfterEach
    void restoreProfile() {
        agencies.updateProfile(original);
    }

    @Test
    void adminSeesEveryFieldOfTheProfile() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        HttpResponse<String> page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        String text = WebSession.text(page);
        assertThat(text).contains("Thông tin cơ quan")
                .contains("value=\"Ủy ban nhân dân xã Thanh Định\"")
                .contains("value=\"thanhdinh.dinhhoa.thainguyen.gov.vn\"")
                .contains("value=\"000.00.01.H55\"")
                .contains("value=\"Cổng số xã Thanh Định\"")
                .contains("value=\"antt.thanhdinh@thainguyen.gov.vn\"")
                .contains("Theo tên cơ quan, phần đầu tên miền là 'thanhdinh'.")
                .contains("Bộ phận Một cửa");
        assertThat(text).contains("href=\"/quan-tri/co-quan\"");
    }

    @Test
    void adminSavesAndTheAuditLogNamesEachChangedFieldOldAndNew() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        Map<String, String> form = form(original);
        form.put("phone", "0208 3878 999");
        form.put("nameEn", "People's Committee of Thanh Dinh Commune");
        // typed on a keyboard that sends decomposed letters: the same address, so not a change
        form.put("address", java.text.Normalizer.normalize(original.address(), java.text.Normalizer.Form.NFD));
        HttpResponse<String> saved = admin.post(PAGE, form);

        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> after = admin.get(PAGE);
        assertThat(WebSession.text(after)).contains("Đã lưu thông tin cơ quan.").contains("Điện thoại: 0208 3878 999");
        assertThat(agencies.profile().orElseThrow().phone()).isEqualTo("0208 3878 999");
        AuditEntry entry = audit.history("agency", "profile", 1).get(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.action()).isEqualTo("agency.profile.updated");
        assertThat(entry.details())
                .contains("nameEn: \"Thanh Dinh Commune People's Committee\" → \"People's Committee of Thanh Dinh Commune\"")
                .contains("phone: \"0208 3878 123\" → \"0208 3878 999\"")
                .doesNotContain("domain").doesNotContain("address");
    }

    @Test
    void anUnknownLevelIsAskedForAgainInVietnameseWithTheOtherErrors() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        Map<String, String> form = form(original);
        form.put("level", "THON");
        form.put("systemName", "");
        HttpResponse<String> page = admin.post(PAGE, form);
        assertThat(fieldError(page, "level")).isEqualTo("Vui lòng chọn một cấp trong danh sách.");
        assertThat(fieldError(page, "systemName")).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(page.body()).doesNotContain("Failed to convert");
        assertThat(agencies.profile().orElseThrow()).isEqualTo(original);
    }

    @Test
    void aDomainWithDiacriticsIsRefusedBesideTheFieldWithTheReason() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        Map<String, String> form = form(original);
        form.put("domain", "thanhđinh.dinhhoa.thainguyen.gov.vn");
        HttpResponse<String> page = admin.post(PAGE, form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(fieldError(page, "domain"))
                .isEqualTo("Phần 'thanhđinh' có ký tự có dấu; tên miền chỉ dùng chữ không dấu (viết là 'thanhdinh').");
        assertThat(WebSession.text(page)).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.")
                .contains("value=\"thanhđinh.dinhhoa.thainguyen.gov.vn\"");
        assertThat(agencies.profile().orElseThrow().domain()).isEqualTo("thanhdinh.dinhhoa.thainguyen.gov.vn");
    }

    @Test
    void aCommuneDomainWithoutTheProvinceIsRefused() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        Map<String, String> form = form(original);
        form.put("domain", "thanhdinh.gov.vn");
        assertThat(fieldError(admin.post(PAGE, form), "domain")).isEqualTo(
                "Tên miền của UBND cấp xã phải có dạng tenphuongxa.tenquanhuyen.tentinhthanh.gov.vn "
                        + "(hoặc tenxa.tentinh.gov.vn); thiếu phần tên tỉnh.");
    }

    @Test
    void systemNameAndOwnerAreRequiredAndCodesMustHaveTheirForm() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        Map<String, String> form = form(original);
        form.put("systemOwner", "   ");
        form.put("identifierCode", "H55.01.00.000");
        form.put("adminUnitCode", "055");
        form.put("securityContactEmail", "antt.thanhdinh");
        HttpResponse<String> page = admin.post(PAGE, form);

        assertThat(fieldError(page, "systemOwner")).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(fieldError(page, "identifierCode")).isEqualTo("Mã định danh 'H55.01.00.000' không đúng dạng "
                + "V1V2V3.Z1Z2.Y1Y2.MX1X2 (ví dụ 000.00.01.H55) theo Quyết định 20/2020/QĐ-TTg.");
        assertThat(fieldError(page, "adminUnitCode")).isEqualTo("Mã đơn vị hành chính '055' phải gồm 5 chữ số đối với cấp này.");
        assertThat(fieldError(page, "securityContactEmail")).isEqualTo("Địa chỉ thư điện tử 'antt.thanhdinh' không hợp lệ.");
        assertThat(agencies.profile().orElseThrow()).isEqualTo(original);
    }

    @Test
    void otherRolesAreRefusedThePageAndItsActions() {
        Department office = agencies.departments().stream().filter(d -> d.code().equals("VP")).findFirst().orElseThrow();
        for (String user : List.of("lanhdao", "truongphong", "canbo", "vanthu", "congdan")) {
            WebSession session = WebSession.loggedIn(port, user);
            session.get("/");
            assertThat(session.get(PAGE).statusCode()).as(user).isEqualTo(403);
            assertThat(session.post(PAGE, form(original)).statusCode()).as(user).isEqualTo(403);
            assertThat(session.post(PAGE + "/phong-ban", Map.of("code", "X", "nameVi", "X")).statusCode()).as(user).isEqualTo(403);
            assertThat(session.post(PAGE + "/phong-ban/" + office.id() + "/ngung-hoat-dong", Map.of()).statusCode())
                    .as(user).isEqualTo(403);
            assertThat(WebSession.text(session.get("/"))).as(user).doesNotContain("href=\"/quan-tri/co-quan\"");
        }
        assertThat(agencies.department(office.id()).orElseThrow().active()).isTrue();
        HttpResponse<String> anonymous = WebSession.anonymous(port).get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");
    }

    @Test
    void adminAddsRenamesAndDeactivatesADepartment() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get(PAGE);
        String code = "KT-" + (System.nanoTime() % 100_000);
        HttpResponse<String> added = admin.post(PAGE + "/phong-ban",
                Map.of("code", code.toLowerCase(), "nameVi", "Kinh tế", "nameEn", "Economy"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(WebSession.text(admin.get(PAGE))).contains("Đã thêm phòng ban " + code + ".").contains("Kinh tế");
        Department department = agencies.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();

        HttpResponse<String> duplicate = admin.post(PAGE + "/phong-ban", Map.of("code", "VP", "nameVi", "Văn phòng mới"));
        assertThat(fieldError(duplicate, "code")).isEqualTo("Mã phòng ban 'VP' đã được dùng.");

        admin.get(PAGE + "/phong-ban/" + department.id());
        HttpResponse<String> empty = admin.post(PAGE + "/phong-ban/" + department.id(), Map.of("nameVi", " ", "nameEn", ""));
        assertThat(fieldError(empty, "nameVi")).isEqualTo("Vui lòng nhập thông tin này.");
        HttpResponse<String> renamed = admin.post(PAGE + "/phong-ban/" + department.id(),
                Map.of("nameVi", "Kinh tế - Hạ tầng - Đô thị", "nameEn", "Economy, Infrastructure and Urban Affairs"));
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(WebSession.text(admin.get(PAGE))).contains("Kinh tế - Hạ tầng - Đô thị");
        AuditEntry rename = audit.history("department", code, 1).get(0);
        assertThat(rename.action()).isEqualTo("agency.department.renamed");
        assertThat(rename.details()).contains("nameVi: \"Kinh tế\" → \"Kinh tế - Hạ tầng - Đô thị\"");

        admin.post(PAGE + "/phong-ban/" + department.id() + "/ngung-hoat-dong", Map.of());
        assertThat(agencies.department(department.id()).orElseThrow().active()).isFalse();
        assertThat(audit.history("department", code, 1).get(0).action()).isEqualTo("agency.department.deactivated");
        assertThat(WebSession.text(admin.get(PAGE))).contains("Phòng ban " + code + " đã ngừng hoạt động.");
    }

    private static String fieldError(HttpResponse<String> page, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<").matcher(page.body());
        if (!m.find()) {
            m = Pattern.compile("<span class=\"field-error\"[^>]*>([^<]*)</span>").matcher(page.body());
            assertThat(m.find()).as("an error beside " + field).isTrue();
        }
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    static Map<String, String> form(AgencyProfile p) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameVi", p.nameVi());
        form.put("nameEn", p.nameEn());
        form.put("parentName", p.parentName());
        form.put("level", p.level().name());
        form.put("adminUnitCode", p.adminUnitCode());
        form.put("identifierCode", p.identifierCode());
        form.put("address", p.address());
        form.put("phone", p.phone());
        form.put("email", p.email());
        form.put("domain", p.domain());
        form.put("systemName", p.systemName());
        form.put("systemOwner", p.systemOwner());
        form.put("securityContactEmail", p.securityContactEmail());
        form.put("securityContactPhone", p.securityContactPhone());
        return form;
    }
}
