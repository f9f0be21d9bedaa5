package vn.congso.signing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SignatureCheckControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SigningManagement signing;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    private static MockMultipartFile pdf(String field, byte[] content) {
        return new MockMultipartFile(field, "quyet-dinh.pdf", "application/pdf", content);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void pageShowsVerdictSignerWhatIsCoveredAndOffersTheFullReports() throws Exception {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(2), SignaturePlacement.bottomRightOfLastPage());
        MockHttpSession session = new MockHttpSession();

        MvcResult page = mvc.perform(multipart("/ky-so/kiem-tra").file(pdf("file", signed)).session(session).with(csrf()))
                .andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("Hợp lệ").contains("Ủy ban nhân dân xã Thanh Định")
                .contains("Toàn bộ tài liệu (phiên bản 1)").contains("Không: chữ ký bao trùm toàn bộ tài liệu")
                .contains("chứng thư số thử nghiệm của hệ thống, không có giá trị pháp lý")
                .contains("/ky-so/kiem-tra/bao-cao/detailed");

        MvcResult report = mvc.perform(get("/ky-so/kiem-tra/bao-cao/detailed").session(session)).andReturn();
        assertThat(report.getResponse().getContentType()).startsWith("application/xml");
        assertThat(report.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(body(report)).contains("DetailedReport").contains("TOTAL_PASSED");
    }

    @Test
    void pageExplainsAFileThatIsNotAPdfBesideTheField() throws Exception {
        MockMultipartFile text = new MockMultipartFile("file", "don.pdf", "application/pdf",
                "Đơn đề nghị cấp bản sao".getBytes(StandardCharsets.UTF_8));

        MvcResult page = mvc.perform(multipart("/ky-so/kiem-tra").file(text).with(csrf())).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(page)).contains("class=\"field-error\"").contains("Tệp tải lên không phải là tệp PDF.");
    }

    @Test
    void reportsWithoutACheckAreAFriendlyNotFoundPage() {
        org.springframework.http.HttpHeaders browser = new org.springframework.http.HttpHeaders();
        browser.setAccept(java.util.List.of(org.springframework.http.MediaType.TEXT_HTML));

        var page = http.exchange("/ky-so/kiem-tra/bao-cao/simple", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(browser), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(404);
        assertThat(page.getBody()).contains("Không tìm thấy").doesNotContain("Exception");
    }

    @Test
    void apiReturnsTheSummaryAsJson() throws Exception {
        byte[] signed = signing.signAsOfficer(SigningFixtures.decision(1),
                new vn.congso.signing.Signer("Hoàng Thị Lan", "Trưởng bộ phận Văn hóa - Xã hội"), null);

        MvcResult result = mvc.perform(multipart("/api/v1/signatures/validate").file(pdf("file", signed))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("\"verdict\":\"VALID\"").contains("\"verdictText\":\"Hợp lệ\"")
                .contains("\"indication\":\"TOTAL_PASSED\"").contains("\"coversWholeDocument\":true")
                .contains("\"changeAfterSigning\":\"NONE\"").contains("+07:00").doesNotContain("reports");
    }

    @Test
    void apiGivesTheDiagnosticDataAsXml() throws Exception {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(1), null);

        MvcResult result = mvc.perform(multipart("/api/v1/signatures/validate/reports/diagnostic").file(pdf("file", signed)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("DiagnosticData").contains("PAdES");
    }

    @Test
    void apiAnswersACorruptPdfWithAVietnameseProblemDocument() throws Exception {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(1), null);
        byte[] truncated = java.util.Arrays.copyOf(signed, 200);

        MvcResult result = mvc.perform(multipart("/api/v1/signatures/validate").file(pdf("file", truncated))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(body(result)).contains("\"code\":\"CORRUPT_PDF\"")
                .contains("Tệp PDF bị hỏng hoặc không đọc được.");
    }

    @Test
    void apiAnswersANonPdfAndAnEncryptedPdfWithProblemDocuments() throws Exception {
        MvcResult text = mvc.perform(multipart("/api/v1/signatures/validate")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "xin chào".getBytes(StandardCharsets.UTF_8))))
                .andReturn();
        MvcResult encrypted = mvc.perform(multipart("/api/v1/signatures/validate").file(pdf("file", encryptedPdf())))
                .andReturn();
        MvcResult empty = mvc.perform(multipart("/api/v1/signatures/validate").file(pdf("file", new byte[0]))).andReturn();

        assertThat(text.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(text)).contains("không phải là tệp PDF");
        assertThat(encrypted.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(encrypted)).contains("\"code\":\"ENCRYPTED_PDF\"").contains("mật khẩu");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(empty)).contains("Tệp tải lên rỗng.");
    }

    @Test
    void apiAnswersInEnglishWhenAsked() throws Exception {
        MvcResult text = mvc.perform(multipart("/api/v1/signatures/validate")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                .param("lang", "en"))
                .andReturn();

        assertThat(body(text)).contains("The uploaded file is not a PDF.");
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument document = Loader.loadPDF(SigningFixtures.decision(1)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission());
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
