package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.EForm;
import vn.congso.testing.CongsoIntegrationTest;

/**
 * Every seeded procedure has an e-form: it opens filled from the citizen's account, an empty submission
 * shows a Vietnamese error beside each required field, a value outside a choice list is refused beside
 * its field, and a complete one is received.
 */
@CongsoIntegrationTest
class EFormCatalogueTests {

    @LocalServerPort
    int port;
    @Autowired
    DossierManagement management;

    /** Per procedure: a choice field, and what a citizen would really fill in (beyond the pre-filled applicant). */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("1.001193", "childSex", Map.of("relationship", "Mẹ", "childName", "Nguyễn Đinh Bảo Ngọc",
                        "childBirthDate", "2026-02-20", "childSex", "Nữ", "birthPlace", "Trạm y tế xã Thanh Định",
                        "motherName", "Đinh Thị Hoa")),
                Arguments.of("1.000894", "registeringParty", Map.of("husbandName", "Trần Văn Minh", "husbandBirthDate", "1993-03-02",
                        "husbandCitizenId", "019093000002", "wifeName", "Đinh Thị Hoa", "wifeBirthDate", "1995-04-12",
                        "wifeCitizenId", "019190000001", "registeringParty", "Cả hai bên")),
                Arguments.of("1.000656", "deceasedSex", Map.of("relationship", "Con", "deceasedName", "Đinh Văn Tư",
                        "deceasedSex", "Nam", "deathDate", "2026-10-01", "deathPlace", "Thôn Đông, xã Thanh Định")),
                Arguments.of("1.004873", null, Map.of("birthDate", "1995-04-12", "residence", "Thôn Đông, xã Thanh Định",
                        "maritalStatus", "Chưa đăng ký kết hôn với ai", "purpose", "Đăng ký kết hôn")),
                Arguments.of("1.004837", "guardianshipKind", Map.of("guardianshipKind", "Giám hộ cử", "wardName", "Lê Thị Mai",
                        "wardBirthDate", "2015-05-05", "wardSex", "Nữ", "wardResidence", "Thôn Tây, xã Thanh Định",
                        "reason", "Cha mẹ đã mất")),
                Arguments.of("1.000689", "recognisedParent", Map.of("childName", "Trần Đinh An", "childBirthDate", "2026-06-01",
                        "childSex", "Nam", "birthPlace", "Trạm y tế xã Thanh Định", "recognisedParent", "Cha",
                        "parentName", "Trần Văn Minh", "parentCitizenId", "019093000002")),
                Arguments.of("2.000635", null, Map.of("childName", "Nguyễn Đinh Bảo Ngọc", "childBirthDate", "2026-02-20",
                        "copies", "2")),
                Arguments.of("2.000815", "issuerOrigin", Map.of("documentName", "Bằng tốt nghiệp trung học phổ thông",
                        "issuedBy", "Sở Giáo dục và Đào tạo", "issuerOrigin", "Cơ quan, tổ chức có thẩm quyền của Việt Nam",
                        "pages", "1", "copies", "3")),
                Arguments.of("2.000884", "signingMode", Map.of("documentName", "Giấy ủy quyền", "signingMode", "Ký",
                        "copies", "2")),
                Arguments.of("2.001035", "contractKind", Map.of("contractKind", "Hợp đồng tặng cho quyền sử dụng đất",
                        "propertyDescription", "Thửa đất số 12, tờ bản đồ số 3", "counterpartyName", "Đinh Văn Tư",
                        "counterpartyCitizenId", "019060000003", "copies", "4")),
                Arguments.of("1.001776", "category", Map.of("request", "Thực hiện trợ cấp xã hội hàng tháng",
                        "beneficiaryName", "Đinh Văn Tư", "beneficiaryBirthDate", "1948-01-01", "beneficiarySex", "Nam",
                        "beneficiaryCitizenId", "019048000004", "category", "Người cao tuổi", "residence", "Thôn Đông")),
                Arguments.of("1.001699", "disabilityKind", Map.of("request", "Xác định mức độ khuyết tật",
                        "personName", "Lê Văn Bình", "personBirthDate", "1988-08-08", "personSex", "Nam",
                        "disabilityKind", "Khuyết tật vận động", "residence", "Thôn Tây")),
                Arguments.of("1.011606", "request", Map.of("request", "Công nhận hộ cận nghèo", "householdHead", "Lê Văn Bình",
                        "householdSize", "4", "monthlyIncome", "1500000", "residence", "Thôn Tây")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theFormShowsErrorsBesideItsFieldsAndAcceptsAValidSubmission(String procedure, String choiceField,
                                                                      Map<String, String> filled) {
        EForm form = management.eForm(procedure);
        FormClient citizen = FormClient.loggedIn(port, "congdan", CongsoIntegrationTest.DEMO_PASSWORD);
        String page = citizen.get("/thu-tuc/" + procedure + "/nop-ho-so").body();
        assertThat(page).contains("id=\"f_applicantName\"").contains("value=\"Đinh Thị Hoa\"");
        if (choiceField != null) {
            assertThat(page).contains("<select id=\"f_" + choiceField + "\"");
        }

        Map<String, String> empty = new HashMap<>();
        empty.put("idempotencyKey", UUID.randomUUID().toString());
        String errors = citizen.multipart("/thu-tuc/" + procedure + "/nop-ho-so", empty, null, null, null).body();
        form.fields().stream().filter(EForm.Field::required).forEach(f ->
                assertThat(errors).as(f.name()).contains("id=\"e_" + f.name() + "\">Vui lòng nhập thông tin này.</span>"));

        Map<String, String> fields = new HashMap<>();
        fields.put("f_applicantName", "Đinh Thị Hoa");
        fields.put("f_applicantCitizenId", "019190000001");
        fields.put("f_applicantPhone", "0912000001");
        filled.forEach((name, value) -> fields.put("f_" + name, value));
        fields.put("idempotencyKey", UUID.randomUUID().toString());
        if (choiceField != null) {
            Map<String, String> wrong = new HashMap<>(fields);
            wrong.put("f_" + choiceField, "Khác");
            assertThat(citizen.multipart("/thu-tuc/" + procedure + "/nop-ho-so", wrong, null, null, null).body())
                    .contains("id=\"e_" + choiceField + "\">Vui lòng chọn một trong:");
        }
        HttpResponse<String> accepted = citizen.multipart("/thu-tuc/" + procedure + "/nop-ho-so", fields, null, null, null);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).contains("/tai-khoan/ho-so/");
    }
}
