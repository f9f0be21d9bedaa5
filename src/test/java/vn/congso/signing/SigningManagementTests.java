package vn.congso.signing;

import vn.congso.shared.pdf.VietnameseFont;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.awt.geom.Rectangle2D;
import java.security.cert.X509Certificate;
import org.assertj.core.data.Offset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congso.signing.image.SignatureImages;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.shared.CongsoException;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.pdf.PdfSigner;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SigningManagementTests {

    @Autowired
    SigningManagement signing;

    @Autowired
    SignatureImages images;

    @Test
    void officerSignsWithTheirOwnCertificateAndTheSealSignatureNamesTheAgency() {
        Signer chairman = new Signer("chutich.thanhdinh", "Phùng Văn Đăng", "Chủ tịch UBND xã");
        SignaturePlacement box = SignaturePlacement.at(1, 320, 600, 230, 80);

        byte[] signed = signing.signAsOfficer(SigningFixtures.decision(1), chairman, box);
        byte[] sealed = signing.signAsAgency(signed, SignaturePlacement.sealOver(box));

        ValidationSummary summary = signing.validate(sealed);
        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
        assertThat(summary.signatures()).extracting(SignatureSummary::signer)
                .containsExactly("Phùng Văn Đăng", "Ủy ban nhân dân xã Thanh Định");
        assertThat(summary.signatures()).allMatch(SignatureSummary::agencyTestCertificate);
        X509Certificate personal = signing.officerCertificate(chairman);
        assertThat(personal.getSubjectX500Principal().toString()).contains("CN=Phùng Văn Đăng")
                .contains("Chủ tịch UBND xã").contains("O=Ủy ban nhân dân xã Thanh Định").contains("thử nghiệm");
        assertThat(personal).isNotEqualTo(signing.agencyCertificate());
        assertThat(personal.getIssuerX500Principal()).isEqualTo(signing.agencyCertificate().getIssuerX500Principal());
    }

    @Test
    void sealImageCoversTheLeftThirdOfTheSignersHandwrittenSignatureAndBothStillValidate() {
        images.uploadSeal(SigningFixtures.png(360, 360, java.awt.Color.RED), "admin");
        images.uploadSignature("pho.chutich", SigningFixtures.png(600, 200, java.awt.Color.BLUE));
        Signer vice = new Signer("pho.chutich", "Lê Thị Hoa", "Phó Chủ tịch UBND xã");
        SignaturePlacement box = SignaturePlacement.at(1, 330, 620, 210, 70);

        byte[] sealed = signing.signAsAgency(signing.signAsOfficer(SigningFixtures.decision(1), vice, box),
                SignaturePlacement.sealOver(box));

        List<SignatureImagesInPdf.Drawn> drawn = SignatureImagesInPdf.of(sealed);
        assertThat(drawn).hasSize(2);
        SignatureImagesInPdf.Drawn officer = drawn.get(0);
        SignatureImagesInPdf.Drawn agency = drawn.get(1);
        Offset<Float> onePoint = Offset.offset(1f);
        assertThat(officer.images()).singleElement().satisfies(image -> {
            // the handwritten signature (3:1) sits at the left of the signer's rectangle, the text to its right
            Rectangle2D.Float handwritten = image.visible();
            assertThat(handwritten.x).isCloseTo(officer.rectangle().x, onePoint);
            assertThat(handwritten.width / handwritten.height).isCloseTo(3f, Offset.offset(0.1f));
            assertThat((float) handwritten.getMaxX()).isLessThan((float) officer.rectangle().getCenterX());
        });
        assertThat(agency.images()).singleElement().satisfies(image -> {
            // NĐ30 Phụ lục I: the round seal covers about the left third of the signer's signature
            Rectangle2D.Float seal = image.visible();
            float leftThird = officer.rectangle().x + officer.rectangle().width / 3;
            assertThat((float) seal.getMaxX()).isCloseTo(leftThird, onePoint);
            assertThat(seal.x).isLessThan(officer.rectangle().x);
            assertThat(seal.width).isCloseTo(seal.height, onePoint);
            assertThat(seal.height).isCloseTo(officer.rectangle().height, Offset.offset(2f));
        });
        assertThat(SigningFixtures.appearanceText(sealed)).contains("Người ký: Lê Thị Hoa")
                .contains("Ký bởi: Ủy ban nhân dân xã Thanh Định");
        ValidationSummary summary = signing.validate(sealed);
        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
        assertThat(summary.signatures()).extracting(SignatureSummary::signer).containsExactly("Lê Thị Hoa",
                "Ủy ban nhân dân xã Thanh Định");
    }

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
