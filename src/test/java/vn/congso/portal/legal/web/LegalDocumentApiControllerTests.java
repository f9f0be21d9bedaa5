package vn.congso.portal.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class LegalDocumentApiControllerTests {

    private static final MediaType TEXT_UTF8 = MediaType.parseMediaType("text/plain; charset=UTF-8");

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersBothDocumentsOfTheSeedWithTheirHeaderFields() throws Exception {
        ResponseEntity<String> response = post(LegalFixtures.letterAndDecree137().getBytes(StandardCharsets.UTF_8), TEXT_UTF8);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode documents = json.readTree(response.getBody()).get("documents");
        assertThat(documents).hasSize(2);
        JsonNode letter = documents.get(0);
        assertThat(letter.get("type").asText()).isEqualTo("CÔNG VĂN");
        assertThat(letter.get("number").isNull()).isTrue();
        assertThat(letter.get("year").isNull()).isTrue();
        assertThat(letter.get("issueDate").isNull()).isTrue();
        assertThat(letter.get("place").asText()).isEqualTo("Thanh Định");
        assertThat(letter.get("issuer").asText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THANH ĐỊNH");
        assertThat(letter.get("signerName").asText()).isEqualTo("Phùng Văn Đăng");
        assertThat(letter.get("signerTitle").asText()).isEqualTo("CHỦ TỊCH");
        assertThat(letter.get("warnings").toString()).contains("Văn bản chưa có số").contains("thiếu ngày");
        JsonNode decree = documents.get(1);
        assertThat(decree.get("type").asText()).isEqualTo("NGHỊ ĐỊNH");
        assertThat(decree.get("code").asText()).isEqualTo("137/2024/NĐ-CP");
        assertThat(decree.get("number").asInt()).isEqualTo(137);
        assertThat(decree.get("year").asInt()).isEqualTo(2024);
        assertThat(decree.get("issuer").asText()).isEqualTo("CHÍNH PHỦ");
        assertThat(decree.get("place").asText()).isEqualTo("Hà Nội");
        assertThat(decree.get("issueDate").asText()).isEqualTo("2024-10-23");
        assertThat(decree.get("summary").asText()).startsWith("Quy định về giao dịch điện tử của cơ quan nhà nước");
        assertThat(decree.get("signerName").asText()).isEqualTo("Nguyễn Hòa Bình");
        assertThat(decree.get("signerTitle").asText()).isEqualTo("PHÓ THỦ TƯỚNG");
        assertThat(decree.get("chapters").asInt()).isEqualTo(5);
        assertThat(decree.get("articles").asInt()).isEqualTo(24);
        assertThat(decree.get("warnings")).isEmpty();
    }

    @Test
    void answersTheStructureTreeWithAnchorsAndCitations() throws Exception {
        JsonNode decree = json.readTree(post(LegalFixtures.letterAndDecree137().getBytes(StandardCharsets.UTF_8), TEXT_UTF8)
                .getBody()).get("documents").get(1);

        JsonNode chapter2 = decree.get("structure").get(1);
        assertThat(chapter2.get("anchor").asText()).isEqualTo("chuong-ii");
        JsonNode article4 = chapter2.get("children").get(0);
        assertThat(article4.get("anchor").asText()).isEqualTo("dieu-4");
        JsonNode pointA = article4.get("children").get(0).get("children").get(0);
        assertThat(pointA.get("anchor").asText()).isEqualTo("dieu-4-khoan-1-diem-a");
        assertThat(pointA.get("citation").asText()).isEqualTo("điểm a khoản 1 Điều 4 Nghị định 137/2024/NĐ-CP");
    }

    @Test
    void countsDecree42() throws Exception {
        JsonNode decree = json.readTree(post(LegalFixtures.decree42().getBytes(StandardCharsets.UTF_8), TEXT_UTF8)
                .getBody()).get("documents").get(0);

        assertThat(decree.get("code").asText()).isEqualTo("42/2022/NĐ-CP");
        assertThat(decree.get("chapters").asInt()).isEqualTo(5);
        assertThat(decree.get("articles").asInt()).isEqualTo(31);
    }

    @Test
    void decomposedTextGivesTheSameAnswer() {
        String composed = LegalFixtures.letterAndDecree137();
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(post(decomposed.getBytes(StandardCharsets.UTF_8), TEXT_UTF8).getBody())
                .isEqualTo(post(composed.getBytes(StandardCharsets.UTF_8), TEXT_UTF8).getBody());
    }

    @Test
    void emptyTextIsAProblemDocumentInVietnamese() throws Exception {
        ResponseEntity<String> response = post(" \n ".getBytes(StandardCharsets.UTF_8), TEXT_UTF8);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("detail").asText()).startsWith("Nội dung văn bản trống");
    }

    @Test
    void binaryInputIsRefusedAsNotText() throws Exception {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0xFE};

        ResponseEntity<String> response = post(binary, TEXT_UTF8);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("không phải văn bản dạng chữ");
    }

    @Test
    void tenMegabytesOnOneLineIsTooLarge() throws Exception {
        byte[] huge = "a".repeat(10 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = post(huge, TEXT_UTF8);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("vượt quá dung lượng cho phép (5 MB)");
    }

    private ResponseEntity<String> post(byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.postForEntity("/api/v1/legal-documents/parse", new HttpEntity<>(body, headers), String.class);
    }
}
