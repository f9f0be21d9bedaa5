package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class ProcedureControllerTests {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    LegalDocumentManagement legalDocuments;

    /** Decree 23/2015 as its header reads, with one article: enough for the register. */
    private static final String DECREE_23 = """
            CHÍNH PHỦ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 23/2015/NĐ-CP
            Hà Nội, ngày 16 tháng 02 năm 2015

            NGHỊ ĐỊNH
            VỀ CẤP BẢN SAO TỪ SỔ GỐC, CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH, CHỨNG THỰC CHỮ KÝ VÀ CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH

            Điều 1. Phạm vi điều chỉnh
            Nghị định này quy định về thẩm quyền, thủ tục cấp bản sao từ sổ gốc và chứng thực.

            TM. CHÍNH PHỦ
            THỦ TƯỚNG
            Nguyễn Tấn Dũng
            """;

    @LocalServerPort
    int port;

    @Test
    void catalogueListsTheCommuneProceduresWithTheirLevel() {
        String page = http.getForObject("/thu-tuc", String.class);
        assertThat(page).contains("Thủ tục đăng ký khai sinh", "Thủ tục đăng ký kết hôn", "Dịch vụ công trực tuyến một phần")
                .contains("<label for=\"topic\"").contains("href=\"/thu-tuc/1.001193\"");
    }

    @Test
    void catalogueFiltersWithAPlainForm() {
        String partial = http.getForObject("/thu-tuc?level=PARTIAL&field=Chứng thực", String.class);
        assertThat(partial).contains("Thủ tục chứng thực chữ ký").doesNotContain("Thủ tục đăng ký khai tử");
        String organisations = http.getForObject("/thu-tuc?userType=ORGANISATION", String.class);
        assertThat(organisations).contains("Chứng thực bản sao từ bản chính").doesNotContain("Thủ tục đăng ký kết hôn");
    }

    @Test
    void procedurePageTellsACitizenEverythingNeeded() {
        String page = http.getForObject("/thu-tuc/2.000884", String.class);
        assertThat(page).contains("Thủ tục chứng thực chữ ký", "10.000 đồng/trường hợp", "23/2015/NĐ-CP")
                .contains("Dịch vụ công trực tuyến một phần")
                .contains("phải có mặt trực tiếp")
                .contains("hồ sơ nhận sau 15 giờ được trả trong ngày làm việc tiếp theo");
        assertThat(page).contains("Hẹn trả kết quả nếu nộp hồ sơ hợp lệ lúc này").contains("17:00");
        assertThat(http.getForObject("/thu-tuc/1.011606", String.class)).contains("Không có thời hạn cố định")
                .doesNotContain("Hẹn trả kết quả nếu nộp");
        String birth = http.getForObject("/thu-tuc/1.001193", String.class);
        assertThat(birth).contains("Giấy chứng sinh", "Chỉ xuất trình, không nộp", "Bộ phận Một cửa tiếp nhận");
    }

    @Test
    void theLegalBasisLinksToTheRegisterWhenTheDocumentIsThere() {
        if (legalDocuments.list(null, null, null).stream().noneMatch(d -> "23/2015/NĐ-CP".equals(d.code()))) {
            legalDocuments.register(new RegisterLegalDocument("NGHỊ ĐỊNH", "23/2015/NĐ-CP", "Chính phủ", "Hà Nội",
                    LocalDate.of(2015, 2, 16), LocalDate.of(2015, 4, 10), LegalDocumentStatus.IN_FORCE,
                    "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
                    "Nguyễn Tấn Dũng", "Thủ tướng", null, DECREE_23, 0, null, Map.of()));
        }
        String slug = legalDocuments.list(null, null, null).stream().filter(d -> "23/2015/NĐ-CP".equals(d.code()))
                .findFirst().orElseThrow().slug();
        String page = http.getForObject("/thu-tuc/2.000884", String.class);
        assertThat(page).contains("<a href=\"/van-ban/" + slug + "\">23/2015/NĐ-CP</a>")
                .contains("<span>226/2016/TT-BTC</span>");
        assertThat(http.getForEntity("/van-ban/" + slug, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownProcedurePageIsNotFound() {
        ResponseEntity<String> page = http.getForEntity("/thu-tuc/9.999999", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void apiFiltersByUserTypeTopicLevelAndAgency() {
        ResponseEntity<List<Map<String, Object>>> all = http.exchange("/api/v1/procedures", HttpMethod.GET, null, LIST);
        assertThat(all.getBody()).hasSizeGreaterThanOrEqualTo(13);
        List<Map<String, Object>> full = http.exchange("/api/v1/procedures?level=FULL", HttpMethod.GET, null, LIST).getBody();
        assertThat(full).isNotEmpty().allSatisfy(p -> assertThat(p.get("level")).isEqualTo("FULL"))
                .noneSatisfy(p -> assertThat(p.get("code")).isEqualTo("2.000884"));
        List<Map<String, Object>> topic = http.exchange("/api/v1/procedures?topic=Khai tử&userType=individual&agency=Ủy ban nhân dân cấp xã",
                HttpMethod.GET, null, LIST).getBody();
        assertThat(topic).extracting(p -> p.get("code")).containsExactly("1.000656");
    }

    @Test
    void apiExplainsTheLevelInVietnamese() {
        Map<?, ?> signature = http.getForObject("/api/v1/procedures/2.000884", Map.class);
        assertThat(signature.get("level")).isEqualTo("PARTIAL");
        assertThat(signature.get("levelReasons").toString()).contains("PRESENCE_REQUIRED", "phải có mặt trực tiếp");
        assertThat(signature.get("legalBasis").toString()).contains("23/2015/NĐ-CP");
    }

    @Test
    void unknownFilterValueIsAProblemDocument() {
        ResponseEntity<String> problem = http.getForEntity("/api/v1/procedures?level=CAO", String.class);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem.getBody()).contains("UNKNOWN_FILTER_VALUE").contains("Bộ lọc level không có giá trị “CAO”");
        assertThat(http.getForEntity("/api/v1/procedures?topic=Không có", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownProcedureCodeIsAProblemDocument() {
        ResponseEntity<String> problem = http.getForEntity("/api/v1/procedures/9.999999", String.class);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem.getBody()).contains("Không có thủ tục mã 9.999999 trong danh mục.");
    }

    @Test
    void adminImportsAFileAndSeesEveryRowError() {
        FormClient admin = FormClient.loggedIn(port, "admin", CongsoIntegrationTest.DEMO_PASSWORD);
        assertThat(admin.get("/quan-tri/thu-tuc/nhap").body()).contains("Nhập danh mục thủ tục");
        String bad = """
                [{"code": "9.910001", "name": "Thủ tục A", "field": "Hộ tịch", "agency": "Ủy ban nhân dân cấp xã",
                  "userTypes": ["INDIVIDUAL"], "topic": "Thử nghiệm web", "result": "Giấy", "components": []},
                 {"code": "9.910002", "field": "Hộ tịch", "agency": "Ủy ban nhân dân cấp xã", "userTypes": ["NGƯỜI"],
                  "topic": "Thử nghiệm web", "result": "Giấy", "components": []}]
                """;
        HttpResponse<String> rejected = admin.upload("/quan-tri/thu-tuc/nhap", "thu-tuc.json", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.body()).contains("Không nhập thủ tục nào vì tệp có 2 lỗi")
                .contains("Dòng 2: thiếu thông tin bắt buộc “name”").contains("Dòng 2: đối tượng “NGƯỜI” không hợp lệ");
        assertThat(http.getForEntity("/thu-tuc/9.910001", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        HttpResponse<String> accepted = admin.upload("/quan-tri/thu-tuc/nhap", "thu-tuc.json",
                bad.replace("\"field\": \"Hộ tịch\", \"agency\": \"Ủy ban nhân dân cấp xã\", \"userTypes\": [\"NGƯỜI\"]",
                        "\"name\": \"Thủ tục B\", \"field\": \"Hộ tịch\", \"agency\": \"Ủy ban nhân dân cấp xã\", \"userTypes\": [\"ORGANISATION\"]")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.body()).contains("Đã nhập 2 thủ tục: 9.910001, 9.910002");
        assertThat(http.getForObject("/thu-tuc/9.910002", String.class)).contains("Thủ tục B", "Không phải nộp hồ sơ.");
    }

    @Test
    void importPageIsForAdministratorsOnly() {
        FormClient officer = FormClient.loggedIn(port, "canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        assertThat(officer.get("/quan-tri/thu-tuc/nhap").statusCode()).isEqualTo(403);
        assertThat(new FormClient(port).get("/quan-tri/thu-tuc/nhap").statusCode()).isEqualTo(302);
    }
}
