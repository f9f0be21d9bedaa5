package vn.congso.signing.pdf;

import vn.congso.shared.pdf.VietnameseFont;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.congso.shared.CongsoException;
import vn.congso.signing.ChangeAfterSigning;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SignatureSummary;
import vn.congso.signing.SigningError;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.TestTimestampServer;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.validation.PdfSignatureValidator;

class PdfSignerTests {

    private static final SigningKey KEY = SigningFixtures.externalKey("Sở Tư pháp tỉnh Thái Nguyên");
    private static final String TEXT = "Ký bởi: Sở Tư pháp tỉnh Thái Nguyên\nThời gian ký: 2026-11-24T09:15:00+07:00";
    private final PdfSignatureValidator validator = new PdfSignatureValidator(Clock.systemUTC());

    @AfterAll
    static void closeKey() {
        KEY.close();
    }

    private static PdfSigner baselineB() {
        return new PdfSigner(SigningFixtures.trusting(), null, SignatureLevel.PAdES_BASELINE_B, VietnameseFont.regular());
    }

    private static byte[] signed() {
        return baselineB().sign(SigningFixtures.decision(2), KEY, TEXT, SignaturePlacement.bottomRightOfLastPage(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void signatureWithATrustedCertificateIsTotalPassedAndCoversTheWholeDocument() {
        byte[] pdf = signed();

        ValidationSummary summary = validator.validate(pdf, SigningFixtures.trusting(KEY.certificate()), null);

        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
        SignatureSummary signature = summary.signatures().get(0);
        assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(signature.signer()).contains("Sở Tư pháp tỉnh Thái Nguyên");
        assertThat(signature.format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(signature.coversWholeDocument()).isTrue();
        assertThat(signature.changeAfterSigning()).isEqualTo(ChangeAfterSigning.NONE);
        assertThat(signature.byteRange()).hasSize(4).startsWith(0L);
        assertThat(summary.reports().detailed()).contains("TOTAL_PASSED");
        assertThat(summary.reports().diagnostic()).contains("DiagnosticData");
    }

    @Test
    void signerTrustedWhenSigningStillEmbedsItsCertificateForReadersElsewhere() {
        byte[] pdf = new PdfSigner(SigningFixtures.trusting(KEY.certificate()), null, SignatureLevel.PAdES_BASELINE_B,
                VietnameseFont.regular()).sign(SigningFixtures.decision(1), KEY, TEXT,
                SignaturePlacement.bottomRightOfLastPage(), Instant.now());

        ValidationSummary summary = validator.validate(pdf, SigningFixtures.trusting(KEY.certificate()), null);

        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
        assertThat(summary.signatures().get(0).signer()).contains("Sở Tư pháp");
    }

    @Test
    void oneChangedByteMakesTheSignatureFail() {
        byte[] tampered = SigningFixtures.withOneByteChanged(signed());

        ValidationSummary summary = validator.validate(tampered, SigningFixtures.trusting(KEY.certificate()), null);

        assertThat(summary.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(summary.signatures().get(0).indication()).isEqualTo("TOTAL_FAILED");
        assertThat(summary.signatures().get(0).subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void untrustedSignerIsIndeterminate() {
        ValidationSummary summary = validator.validate(signed(), SigningFixtures.trusting(), null);

        assertThat(summary.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(summary.signatures().get(0).subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void visibleSignatureShowsTheGivenTextInVietnamese() {
        assertThat(SigningFixtures.appearanceText(signed()))
                .contains("Sở Tư pháp tỉnh Thái Nguyên").contains("2026-11-24T09:15:00+07:00");
    }

    @Test
    void laterSignatureLeavesTheFirstCoveringOnlyItsRevision() {
        byte[] once = signed();
        byte[] twice = baselineB().sign(once, KEY, TEXT, SignaturePlacement.at(1, 72, 700, 200, 60), Instant.now());

        ValidationSummary summary = validator.validate(twice, SigningFixtures.trusting(KEY.certificate()), null);

        assertThat(summary.signatures()).hasSize(2);
        SignatureSummary first = summary.signatures().get(0);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.coversWholeDocument()).isFalse();
        assertThat(first.byteRange().get(2) + first.byteRange().get(3)).isEqualTo(once.length);
        assertThat(first.changeAfterSigning()).isEqualTo(ChangeAfterSigning.ADDITIONS);
        assertThat(summary.signatures().get(1).coversWholeDocument()).isTrue();
        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSignatureMayNotCoverAnEarlierOne() {
        SignaturePlacement signer = SignaturePlacement.at(1, 300, 600, 200, 60);
        byte[] once = baselineB().sign(SigningFixtures.decision(1), KEY, TEXT, signer, Instant.now());
        assertThatThrownBy(() -> baselineB().sign(once, KEY, TEXT, SignaturePlacement.at(1, 250, 600, 200, 60), Instant.now()))
                .isInstanceOf(CongsoException.class);
    }

    @Test
    void theAgencySealMayCoverTheLeftThirdOfTheSignersSignature() {
        SignaturePlacement signer = SignaturePlacement.at(1, 300, 600, 200, 60);
        byte[] once = baselineB().sign(SigningFixtures.decision(1), KEY, TEXT, signer, Instant.now());
        byte[] sealed = baselineB().sign(once, KEY, TEXT, SignaturePlacement.sealOver(signer), Instant.now());

        ValidationSummary summary = validator.validate(sealed, SigningFixtures.trusting(KEY.certificate()), null);
        assertThat(summary.signatures()).hasSize(2);
        assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void baselineTCarriesAValidTimestampFromTheTimestampServer() throws Exception {
        try (TestTimestampServer tsa = new TestTimestampServer()) {
            PdfSigner signer = new PdfSigner(SigningFixtures.trusting(), new OnlineTSPSource(tsa.url()),
                    SignatureLevel.PAdES_BASELINE_T, VietnameseFont.regular());
            Instant before = Instant.now().minusSeconds(1);

            byte[] pdf = signer.sign(SigningFixtures.decision(1), KEY, TEXT, SignaturePlacement.bottomRightOfLastPage(),
                    Instant.now());
            ValidationSummary summary = validator.validate(pdf,
                    SigningFixtures.trusting(KEY.certificate(), tsa.certificate()), null);

            SignatureSummary signature = summary.signatures().get(0);
            assertThat(tsa.requests()).isEqualTo(1);
            assertThat(signature.format()).isEqualTo("PAdES-BASELINE-T");
            assertThat(signature.timestampTime()).isNotNull();
            assertThat(signature.timestampTime().toInstant()).isAfter(before);
            assertThat(signature.timestampIntact()).isTrue();
            assertThat(signature.verdict()).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void longTermLevelsRefuseASelfSignedKeyWithAClearReason() throws Exception {
        try (TestTimestampServer tsa = new TestTimestampServer()) {
            PdfSigner lt = new PdfSigner(SigningFixtures.trusting(KEY.certificate(), tsa.certificate()),
                    new OnlineTSPSource(tsa.url()), SignatureLevel.PAdES_BASELINE_LT, VietnameseFont.regular());

            assertThatThrownBy(() -> lt.sign(SigningFixtures.decision(1), KEY, TEXT,
                    SignaturePlacement.bottomRightOfLastPage(), Instant.now()))
                    .isInstanceOfSatisfying(CongsoException.class,
                            e -> assertThat(e.code()).isEqualTo(SigningError.LONG_TERM_NEEDS_CA_CERTIFICATE));
            assertThat(tsa.requests()).isZero();
        }
    }

    @Test
    void unreachableTimestampServerLeavesTheDocumentUnsigned() {
        PdfSigner signer = new PdfSigner(SigningFixtures.trusting(), new OnlineTSPSource("http://127.0.0.1:9/tsa"),
                SignatureLevel.PAdES_BASELINE_T, VietnameseFont.regular());

        assertThatThrownBy(() -> signer.sign(SigningFixtures.decision(1), KEY, TEXT,
                SignaturePlacement.bottomRightOfLastPage(), Instant.now()))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.TIMESTAMP_UNAVAILABLE));
    }

    @Test
    void refusesAPageTheDocumentDoesNotHave() {
        assertThatThrownBy(() -> baselineB().sign(SigningFixtures.decision(2), KEY, TEXT,
                SignaturePlacement.bottomRightOf(3), Instant.now()))
                .isInstanceOfSatisfying(CongsoException.class,
                        e -> assertThat(e.code()).isEqualTo(SigningError.PAGE_OUT_OF_RANGE));
    }
}
