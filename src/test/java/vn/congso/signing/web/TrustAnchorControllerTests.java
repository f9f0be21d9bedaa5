package vn.congso.signing.web;

import vn.congso.shared.pdf.VietnameseFont;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.audit.AuditLog;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.TrustAnchor;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.pdf.PdfSigner;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class TrustAnchorControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SigningManagement signing;

    @Autowired
    AuditLog audit;

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/dang-nhap").user(username).password(CongsoIntegrationTest.DEMO_PASSWORD))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String verdictOf(byte[] pdf) throws Exception {
        return mvc.perform(multipart("/api/v1/signatures/validate")
                        .file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", pdf)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void uploadedRootTurnsAnExternalSignatureFromIndeterminateToValid() throws Exception {
        try (SigningKey external = SigningFixtures.externalKey("Văn phòng Đăng ký đất đai tỉnh Thái Nguyên")) {
            byte[] signed = new PdfSigner(SigningFixtures.trusting(), null,
                    eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B, VietnameseFont.regular())
                    .sign(SigningFixtures.decision(1), external, "Văn phòng Đăng ký đất đai",
                            SignaturePlacement.bottomRightOfLastPage(), Instant.now());
            assertThat(verdictOf(signed)).contains("\"verdict\":\"INDETERMINATE\"").contains("Không xác định");
            MockHttpSession admin = login("admin");

            MvcResult upload = mvc.perform(multipart("/quan-tri/ky-so/chung-thu-tin-cay")
                    .file(new MockMultipartFile("certificate", "goc.crt", "application/x-x509-ca-cert",
                            external.certificate().getEncoded()))
                    .session(admin).with(csrf())).andReturn();

            assertThat(upload.getResponse().getStatus()).isEqualTo(302);
            assertThat(verdictOf(signed)).contains("\"verdict\":\"VALID\"").contains("\"verdictText\":\"Hợp lệ\"");
            String page = mvc.perform(get("/quan-tri/ky-so/chung-thu-tin-cay").session(admin)).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Văn phòng Đăng ký đất đai tỉnh Thái Nguyên")
                    .contains("Đây là chứng thư số tự ký thử nghiệm");
            assertThat(audit.recent(20)).anyMatch(e -> e.action().equals("SIGNING_TRUST_ANCHOR_ADDED")
                    && e.actor().equals("admin") && e.details().contains("Văn phòng Đăng ký đất đai"));

            TrustAnchor anchor = signing.trustAnchors().stream()
                    .filter(a -> a.subject().contains("Văn phòng Đăng ký đất đai")).findFirst().orElseThrow();
            mvc.perform(post("/quan-tri/ky-so/chung-thu-tin-cay/" + anchor.id() + "/go").session(admin).with(csrf()));
            assertThat(verdictOf(signed)).contains("\"verdict\":\"INDETERMINATE\"");
        }
    }

    @Test
    void fileThatIsNotACertificateIsExplainedBesideTheField() throws Exception {
        MvcResult upload = mvc.perform(multipart("/quan-tri/ky-so/chung-thu-tin-cay")
                .file(new MockMultipartFile("certificate", "goc.pem", "application/x-pem-file",
                        "-----BEGIN CERTIFICATE-----\nkhông phải chứng thư\n-----END CERTIFICATE-----\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .session(login("admin")).with(csrf())).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(400);
        assertThat(upload.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("class=\"field-error\"").contains("không phải là chứng thư số X.509");
    }

    @Test
    void officersCannotChangeTheTrustedList() throws Exception {
        MvcResult upload = mvc.perform(multipart("/quan-tri/ky-so/chung-thu-tin-cay")
                .file(new MockMultipartFile("certificate", "goc.crt", "application/x-x509-ca-cert", new byte[] {1}))
                .session(login("canbo")).with(csrf())).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(403);
    }
}
