package vn.congso.signing;

import vn.congso.shared.pdf.VietnameseFont;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.shared.CongsoException;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.pdf.PdfSigner;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SigningManagementTests {

    @Autowired
    SigningManagement signing;

    @Test
    void agencySignatureValidatesWithTheAgencyCertificateAsTrustAnchor() {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(2), SignaturePlacement.bottomRightOfLastPage());

        ValidationSummary summary = signing.validate(signed);

        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
        SignatureSummary signature = summary.signatures().get(0);
        assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(signature.signer()).contains("Ủy ban nhân dân xã Thanh Định");
        assertThat(signature.agencyTestCertificate()).isTrue();
        assertThat(Duration.between(signature.signingTime(), OffsetDateTime.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(signature.signingTime().getOffset().getId()).isEqualTo("+07:00");
    }

    @Test
    void defaultRunSignsWithATestCertificateNamedAfterTheAgency() {
        assertThat(signing.isTestCertificate()).isTrue();
        assertThat(signing.agencyCertificate().getSubjectX500Principal().getName())
                .contains("CN=Ủy ban nhân dân xã Thanh Định").contains("thử nghiệm");
    }

    @Test
    void agencyAppearanceShowsTheAgencyNameAndTheVietnamTimeAndSaysItIsATest() {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(1), null);

        String text = SigningFixtures.appearanceText(signed);

        assertThat(text).contains("Ủy ban nhân dân xã Thanh Định")
                .containsPattern("Thời gian ký: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00")
                .contains("thử nghiệm");
    }

    @Test
    void officerAppearanceShowsNameTitleAndTime() {
        String nfdName = java.text.Normalizer.normalize("Phùng Văn Đăng", java.text.Normalizer.Form.NFD);
        byte[] signed = signing.signAsOfficer(SigningFixtures.decision(1), new Signer(nfdName, "Chủ tịch UBND xã"),
                SignaturePlacement.at(1, 320, 600, 230, 80));

        String text = java.text.Normalizer.normalize(SigningFixtures.appearanceText(signed), java.text.Normalizer.Form.NFC);

        assertThat(text).contains("Người ký: Phùng Văn Đăng").contains("Chức vụ: Chủ tịch UBND xã")
                .containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
        assertThat(signing.validate(signed).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void changingOneByteAfterTheAgencySignedMakesItInvalid() {
        byte[] signed = signing.signAsAgency(SigningFixtures.decision(1), null);

        ValidationSummary summary = signing.validate(SigningFixtures.withOneByteChanged(signed));

        assertThat(summary.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(summary.signatures().get(0).subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void externalSignerBecomesValidOnceItsRootIsATrustAnchor() throws Exception {
        try (SigningKey external = SigningFixtures.externalKey("Trung tâm Phục vụ hành chính công tỉnh")) {
            byte[] signed = new PdfSigner(SigningFixtures.trusting(), null,
                    eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B, VietnameseFont.regular())
                    .sign(SigningFixtures.decision(1), external, "Trung tâm Phục vụ hành chính công tỉnh",
                            SignaturePlacement.bottomRightOfLastPage(), java.time.Instant.now());
            assertThat(signing.validate(signed).verdict()).isEqualTo(Verdict.INDETERMINATE);

            TrustAnchor anchor = signing.addTrustAnchor(pem(external), "admin");

            assertThat(signing.validate(signed).verdict()).isEqualTo(Verdict.VALID);
            assertThat(signing.trustAnchors()).extracting(TrustAnchor::subject)
                    .anyMatch(s -> s.contains("Trung tâm Phục vụ hành chính công tỉnh"));
            assertThatThrownBy(() -> signing.addTrustAnchor(external.certificate().getEncoded(), "admin"))
                    .isInstanceOfSatisfying(CongsoException.class,
                            e -> assertThat(e.code()).isEqualTo(SigningError.TRUST_ANCHOR_EXISTS));

            signing.removeTrustAnchor(anchor.id());
            assertThat(signing.validate(signed).verdict()).isEqualTo(Verdict.INDETERMINATE);
        }
    }

    @Test
    void unsignedDocumentSaysSo() {
        assertThat(signing.validate(SigningFixtures.decision(1)).verdict()).isEqualTo(Verdict.NOT_SIGNED);
    }

    @Test
    void refusesAFileThatIsNotAPdf() {
        assertThatThrownBy(() -> signing.validate("Đơn đề nghị".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(SigningError.NOT_A_PDF));
    }

    static byte[] pem(SigningKey key) throws Exception {
        String body = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.certificate().getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
