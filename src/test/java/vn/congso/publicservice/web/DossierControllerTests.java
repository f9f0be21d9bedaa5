package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.dossier.ClockControl;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class DossierControllerTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    DossierManagement management;
    @Autowired
    vn.congso.publicservice.dossier.DossierClock clock;

    @Autowired
    vn.congso.conversion.ConversionManagement conversions;

    private static Map<String, String> maritalFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("f_applicantName", "Đinh Thị Hoa");
        fields.put("f_applicantCitizenId", "019190000001");
        fields.put("f_applicantPhone", "0912000001");
        fields.put("f_applicantEmail", "congdan@example.invalid");
        fields.put("f_birthDate", "1995-04-12");
        fields.put("f_residence", "Thôn Đông, xã Thanh Định");
        fields.put("f_maritalStatus", "Chưa đăng ký kết hôn với ai");
        fields.put("f_purpose", "Đăng ký kết hôn");
        fields.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        return fields;
    }

    @Test
    void theFormIsFilledFromTheCitizensAccount() {
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        String page = citizen.get("/thu-tuc/1.004873/nop-ho-so").body();
        assertThat(page).contains("Nộp hồ sơ: Thủ tục cấp Giấy xác nhận tình trạng hôn nhân")
                .contains("value=\"Đinh Thị Hoa\"").contains("value=\"019190000001\"").contains("value=\"0912000001\"");
    }

    @Test
    void fieldErrorsAppearBesideTheFieldsInVietnamese() {
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        citizen.get("/thu-tuc/1.004873/nop-ho-so");
        Map<String, String> fields = maritalFields();
        fields.put("f_birthDate", "2099-01-01");
        fields.remove("f_purpose");
        HttpResponse<String> response = citizen.multipart("/thu-tuc/1.004873/nop-ho-so", fields, "tep_0", "to-khai.txt",
                "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"e_birthDate\">Ngày không được sau ngày hôm nay.</span>")
                .contains("id=\"e_purpose\">Vui lòng nhập thông tin này.</span>");
    }

    @Test
    void aSubmittedDossierShowsInTheCitizensAccountAndTheStaffQueue() {
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        citizen.get("/thu-tuc/1.004873/nop-ho-so");
        HttpResponse<String> submitted = citizen.multipart("/thu-tuc/1.004873/nop-ho-so", maritalFields(), "tep_0", "to-khai.png", PNG);
        assertThat(submitted.statusCode()).isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.lastIndexOf('/') + 1);
        String detail = citizen.get("/tai-khoan/ho-so/" + code).body();
        assertThat(detail).contains("Hồ sơ " + code).contains("Đang giải quyết").contains("to-khai.png");

        FormClient officer = FormClient.loggedIn(port, "canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        assertThat(officer.get("/quan-tri/ho-so").body()).contains(code);
        officer.get("/quan-tri/ho-so/" + code);
        // the first step is the counter's: the officer is told, in Vietnamese
        officer.post("/quan-tri/ho-so/" + code + "/xu-ly", Map.of("hanh-dong", "chuyen", "version", "0"));
        assertThat(officer.get("/quan-tri/ho-so/" + code).body()).contains("Bước xử lý hiện tại thuộc về MC");
        assertThat(citizen.get("/quan-tri/ho-so").statusCode()).isEqualTo(403);
    }

    @Test
    void statusApiShowsPersonalDataOnlyWithTheSecret() {
        var receipt = management.submitOnline("congdan", new DossierSubmission("1.004873",
                DossierControllerTests.maritalFields().entrySet().stream().filter(e -> e.getKey().startsWith("f_"))
                        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().substring(2), Map.Entry::getValue)),
                java.util.List.of(), java.util.UUID.randomUUID().toString()));
        FormClient anyone = new FormClient(port);
        String without = json("/api/v1/dossiers/" + receipt.code() + "/status");
        assertThat(without).contains("\"status\":\"PROCESSING\"").doesNotContain("Đinh Thị Hoa");
        String with = json("/api/v1/dossiers/" + receipt.code() + "/status?secret=" + receipt.lookupSecret());
        assertThat(with).contains("\"applicantName\":\"Đinh Thị Hoa\"");
        assertThat(anyone.get("/tra-cuu-ho-so?ma=" + receipt.code()).body()).contains("Đang giải quyết").doesNotContain("Đinh Thị Hoa");
    }

    @Test
    void theCitizenSeesUntilWhenToSupplementAndALateSupplementIsRefusedInVietnamese() {
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        String code = submitted(citizen);
        FormClient clerk = FormClient.loggedIn(port, "vanthu", CongsoIntegrationTest.DEMO_PASSWORD);
        FormClient officer = FormClient.loggedIn(port, "canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        act(clerk, code, "chuyen", Map.of());
        String staffPage = officer.get("/quan-tri/ho-so/" + code).body();
        assertThat(staffPage).contains("<label for=\"han-bo-sung\">Hạn bổ sung (để trống: 15 ngày làm việc)</label>");
        java.time.LocalDate today = java.time.LocalDate.now(vn.congso.shared.calendar.WorkingCalendar.VIETNAM);
        officer.post("/quan-tri/ho-so/" + code + "/xu-ly", Map.of("hanh-dong", "bo-sung", "version", version(staffPage),
                "noi-dung", "Thiếu ảnh chân dung.", "han-bo-sung", today.toString()));
        assertThat(officer.get("/quan-tri/ho-so/" + code).body()).contains("Hạn bổ sung phải là một ngày sau hôm nay.");
        act(officer, code, "bo-sung", Map.of("noi-dung", "Thiếu ảnh chân dung.", "han-bo-sung", today.plusDays(3).toString()));
        String waiting = citizen.get("/tai-khoan/ho-so/" + code).body();
        assertThat(waiting).contains("<dt>Hạn bổ sung</dt>").contains("action=\"/tai-khoan/ho-so/" + code + "/bo-sung\"");
        try {
            ClockControl.set(clock, java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
            String closed = citizen.get("/tai-khoan/ho-so/" + code).body();
            assertThat(closed).contains("Đã hết hạn bổ sung hồ sơ lúc")
                    .doesNotContain("action=\"/tai-khoan/ho-so/" + code + "/bo-sung\"");
            // the staff queue flags it, for the officer to close it
            assertThat(officer.get("/quan-tri/ho-so").body()).containsPattern(
                    java.util.regex.Pattern.quote(code) + "</a>\\s*<strong class=\"overdue\">Hết hạn bổ sung</strong>");
            assertThat(citizen.multipart("/tai-khoan/ho-so/" + code + "/bo-sung", Map.of(), "tep_1", "giay-khai-sinh.png", PNG)
                    .statusCode()).isEqualTo(302);
            String refused = citizen.get("/tai-khoan/ho-so/" + code).body();
            assertThat(refused).contains("Hồ sơ " + code + " đã hết hạn bổ sung lúc").contains("Chờ bổ sung hồ sơ")
                    .doesNotContain("giay-khai-sinh.png");
        } finally {
            ClockControl.reset(clock);
        }
    }

    private String json(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits the marital-status e-form through the page; the code of the dossier received. */
    private static String submitted(FormClient citizen) {
        citizen.get("/thu-tuc/1.004873/nop-ho-so");
        String location = citizen.multipart("/thu-tuc/1.004873/nop-ho-so", maritalFields(), null, null, null)
                .headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String version(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static void act(FormClient staff, String code, String action, Map<String, String> extra) {
        String page = staff.get("/quan-tri/ho-so/" + code).body();
        Map<String, String> form = new HashMap<>(extra);
        form.put("hanh-dong", action);
        form.put("version", version(page));
        assertThat(staff.post("/quan-tri/ho-so/" + code + "/xu-ly", form).statusCode()).isEqualTo(302);
        assertThat(staff.get("/quan-tri/ho-so/" + code).body()).contains("Đã thực hiện.");
    }

    @Test
    void journeyFromSubmissionThroughSupplementToTheSignedResultInTheStore() {
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        String code = submitted(citizen);

        FormClient clerk = FormClient.loggedIn(port, "vanthu", CongsoIntegrationTest.DEMO_PASSWORD);
        FormClient officer = FormClient.loggedIn(port, "canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        FormClient leader = FormClient.loggedIn(port, "lanhdao", CongsoIntegrationTest.DEMO_PASSWORD);
        act(clerk, code, "chuyen", Map.of());
        act(officer, code, "bo-sung", Map.of("noi-dung", "Thiếu bản sao Giấy khai sinh của người yêu cầu."));
        String waiting = citizen.get("/tai-khoan/ho-so/" + code).body();
        assertThat(waiting).contains("Chờ bổ sung hồ sơ").contains("Thiếu bản sao Giấy khai sinh của người yêu cầu.");
        assertThat(citizen.multipart("/tai-khoan/ho-so/" + code + "/bo-sung", Map.of(), "tep_1", "giay-khai-sinh.png", PNG)
                .statusCode()).isEqualTo(302);
        assertThat(citizen.get("/tai-khoan/ho-so/" + code).body()).contains("Đang giải quyết").contains("giay-khai-sinh.png");
        act(officer, code, "chuyen", Map.of());
        act(leader, code, "phe-duyet", Map.of());
        act(clerk, code, "tra-ket-qua", Map.of());
        assertThat(citizen.get("/tai-khoan/ho-so/" + code).body()).contains("Đã trả kết quả");
        assertThat(citizen.get("/tai-khoan/kho-du-lieu").body()).contains(code + "-KQ");
        HttpResponse<String> pdf = citizen.get("/tai-khoan/kho-du-lieu/" + code + "-KQ.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        // NĐ137 Đ5: "In bản giấy" prints the result through the conversion module, which records the print
        HttpResponse<String> paper = citizen.post("/tai-khoan/kho-du-lieu/" + code + "-KQ/ban-giay.pdf", Map.of());
        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(paper.body()).startsWith("%PDF-");
        assertThat(conversions.prints(code + "-KQ")).extracting(p -> p.printedBy()).containsExactly("congdan");
        String check = new FormClient(port).get("/kiem-tra-ket-qua?ma=" + code + "-KQ").body();
        assertThat(check).contains("Kết quả " + code + "-KQ do cơ quan cấp ngày")
                .contains("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân").doesNotContain("Đinh Thị Hoa");
        assertThat(new FormClient(port).get("/kiem-tra-ket-qua?ma=" + code + "-XX").body())
                .contains("Không có kết quả nào mang số này.");
    }
}
