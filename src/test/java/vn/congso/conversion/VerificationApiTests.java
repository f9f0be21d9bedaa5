package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.congso.testing.CongsoIntegrationTest;

/** NĐ137 Đ5 k1 b: anyone can look a code up; the content of non-public documents needs the access code. */
@CongsoIntegrationTest
class VerificationApiTests {

    private static Converted restricted;
    private static Converted open;

    @Autowired
    ConversionManagement conversions;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.congso.audit.AuditLog audit;

    private void convert() {
        if (restricted == null) {
            byte[] png = ConversionFixtures.encode(ConversionFixtures.page("Giấy khai sinh bản sao", 40), "png");
            restricted = conversions.convert(new ConvertPaper(png, "Giấy khai sinh Đinh Thị Hoa.png",
                    LegalContext.CERTIFIED_COPY, false, "canbo"));
            byte[] jpeg = ConversionFixtures.encode(ConversionFixtures.page("Thông báo lịch tiếp công dân", 40), "jpeg");
            open = conversions.convert(new ConvertPaper(jpeg, "thong-bao.jpg", LegalContext.GENERAL, true, "vanthu"));
        }
    }

    @Test
    void anyoneSeesOriginConversionAndSignatureStatusButNoPersonalData() throws Exception {
        convert();
        String code = restricted.record().code();
        mvc.perform(get("/api/v1/verification/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.origin").value("PAPER_TO_ELECTRONIC"))
                .andExpect(jsonPath("$.legalContext").value("CERTIFIED_COPY"))
                .andExpect(jsonPath("$.converterName").value("Ma Văn Hùng"))
                .andExpect(jsonPath("$.signatureStatus").value("VALID"))
                .andExpect(jsonPath("$.sha256").value(restricted.record().outputSha256()))
                .andExpect(jsonPath("$.contentAvailable").value(false))
                .andExpect(jsonPath("$.lookupUrl").value("http://localhost:8080/tra-cuu/" + code))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Đinh Thị Hoa"))));
    }

    @Test
    void conversionsAndPrintsAreInTheAuditLog() {
        convert();
        String code = open.record().code();
        conversions.printCopy(code, "truongphong");
        assertThat(audit.history("conversion_document", code, 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("conversion.converted");
                    assertThat(e.actor()).isEqualTo("vanthu");
                    assertThat(e.details()).contains("thong-bao.jpg").contains(open.record().outputSha256());
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("conversion.printed");
                    assertThat(e.actor()).isEqualTo("truongphong");
                });
    }

    @Test
    void theContentOfANonPublicDocumentNeedsTheAccessCode() throws Exception {
        convert();
        String code = restricted.record().code();
        mvc.perform(get("/api/v1/verification/" + code + "/content"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_CODE_REQUIRED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("mã truy cập")));
        mvc.perform(get("/api/v1/verification/" + code + "/content").header("X-Access-Code", "SAI0-SAI0-SAI0"))
                .andExpect(status().isForbidden());
        byte[] body = mvc.perform(get("/api/v1/verification/" + code + "/content")
                        .header("X-Access-Code", restricted.accessCode().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(conversions.matchesOriginal(code, body)).isTrue();
        mvc.perform(get("/api/v1/verification/" + code).header("X-Access-Code", restricted.accessCode()))
                .andExpect(jsonPath("$.contentAvailable").value(true));
    }

    @Test
    void aPublicDocumentOpensWithoutAccessCode() throws Exception {
        convert();
        mvc.perform(get("/api/v1/verification/" + open.record().code() + "/content"))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownCodeIsA404ProblemInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/verification/CD-KHONGCOMA"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Không tìm thấy văn bản")));
    }

    @Test
    void anUnknownCodeOrAMissingAccessCodeIsExplainedOnThePage() throws Exception {
        convert();
        mvc.perform(get("/tra-cuu/CD-KHONGCOMA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy văn bản có mã CD-KHONGCOMA")));
        mvc.perform(get("/tra-cuu/" + restricted.record().code() + "/tai-ve"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cần mã truy cập đúng")));
    }

    @Test
    void anUploadedCopyIsCheckedByteForByte() throws Exception {
        convert();
        String code = open.record().code();
        byte[] original = conversions.original(code);
        mvc.perform(multipart("/api/v1/verification/" + code + "/comparison")
                        .file(new MockMultipartFile("file", "ban-sao.pdf", "application/pdf", original)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches").value(true));
        byte[] changed = original.clone();
        changed[100] ^= 0x20;
        mvc.perform(multipart("/api/v1/verification/" + code + "/comparison")
                        .file(new MockMultipartFile("file", "ban-sao.pdf", "application/pdf", changed)))
                .andExpect(jsonPath("$.matches").value(false));
        // the public page says it in words
        mvc.perform(multipart("/tra-cuu/" + code + "/doi-chieu")
                        .file(new MockMultipartFile("file", "ban-sao.pdf", "application/pdf", original)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bản này trùng khớp với bản gốc.")));
        mvc.perform(multipart("/tra-cuu/" + code + "/doi-chieu")
                        .file(new MockMultipartFile("file", "ban-sao.pdf", "application/pdf", changed)).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bản này không trùng khớp với bản gốc.")));
    }

    @Test
    void theSearchPageLeadsFromACodeToItsRecord() throws Exception {
        convert();
        String code = restricted.record().code();
        mvc.perform(get("/tra-cuu")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mã tra cứu")));
        mvc.perform(get("/tra-cuu").param("ma", " " + code.toLowerCase() + " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/tra-cuu/" + code.toLowerCase())));
        mvc.perform(get("/tra-cuu/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ma Văn Hùng")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cần mã truy cập")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Đinh Thị Hoa"))));
    }
}
