package vn.congso.signing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.congso.shared.pdf.VietnameseFont;
import vn.congso.signing.RevocationServer;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SignatureSummary;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.TestTimestampServer;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.validation.PdfSignatureValidator;

/**
 * PAdES-LT and -LTA against a certification authority whose CRL and OCSP responder run in-process on
 * 127.0.0.1 ({@link RevocationServer}) and the in-process RFC 3161 time-stamping service.
 */
class LongTermSignatureTests {

    private static final String TEXT = "Người ký: Phùng Văn Đăng\nChức vụ: Chủ tịch UBND xã\nThời gian ký: 2026-12-01T09:15:00+07:00";
    private static RevocationServer authority;
    private static TestTimestampServer tsa;

    @BeforeAll
    static void start() throws Exception {
        authority = new RevocationServer();
        tsa = new TestTimestampServer();
    }

    @AfterAll
    static void stop() {
        authority.close();
        tsa.close();
    }

    /** Trusts the CA and the TSA; fetches CRL/OCSP over the network when {@code online}. */
    private static CommonCertificateVerifier verifier(boolean online) {
        CommonCertificateVerifier verifier = SigningFixtures.trusting(authority.root(), tsa.certificate());
        if (online) {
            verifier.setCrlSource(new OnlineCRLSource());
            verifier.setOcspSource(new OnlineOCSPSource());
        }
        return verifier;
    }

    private static byte[] sign(SigningKey key, SignatureLevel level) {
        return new PdfSigner(verifier(true), new OnlineTSPSource(tsa.url()), level, VietnameseFont.regular())
                .sign(SigningFixtures.decision(1), key, TEXT, SignaturePlacement.bottomRightOfLastPage(),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String vietnamese(SignatureSummary signature) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/signing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(signature.reasonKey(), signature.reasonArguments().toArray(), Locale.forLanguageTag("vi"));
    }

    @Test
    void baselineLtEmbedsTheRevocationDataSoItValidatesWithoutTheNetwork() throws IOException {
        long fetched = authority.crlRequests() + authority.ocspRequests();
        try (SigningKey key = authority.issue("Phùng Văn Đăng", "Chủ tịch UBND xã")) {
            byte[] pdf = sign(key, SignatureLevel.PAdES_BASELINE_LT);

            assertThat(authority.crlRequests() + authority.ocspRequests()).isGreaterThan(fetched);
            ValidationSummary summary = new PdfSignatureValidator(Clock.systemUTC()).validate(pdf, verifier(false), null);
            assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
            SignatureSummary signature = summary.signatures().get(0);
            assertThat(signature.format()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(signature.signer()).isEqualTo("Phùng Văn Đăng");
            assertThat(signature.timestampIntact()).isTrue();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
                assertThat(dss).isNotNull();
                assertThat(dss.containsKey(COSName.getPDFName("OCSPs")) || dss.containsKey(COSName.getPDFName("CRLs"))).isTrue();
            }
        }
    }

    @Test
    void baselineLtaAddsADocumentTimestampOverTheRevocationData() throws IOException {
        try (SigningKey key = authority.issue("Lê Thị Hoa", "Phó Chủ tịch UBND xã")) {
            byte[] pdf = sign(key, SignatureLevel.PAdES_BASELINE_LTA);

            ValidationSummary summary = new PdfSignatureValidator(Clock.systemUTC()).validate(pdf, verifier(false), null);
            assertThat(summary.verdict()).isEqualTo(Verdict.VALID);
            assertThat(summary.signatures().get(0).format()).isEqualTo("PAdES-BASELINE-LTA");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getSignatureDictionaries()).extracting(PDSignature::getSubFilter)
                        .contains("ETSI.RFC3161");
            }
        }
    }

    @Test
    void revokedCertificateMakesTheSignatureFailWithTheReasonInVietnamese() {
        try (SigningKey key = authority.issue("Trần Văn Bình", "Công chức Văn phòng - Thống kê")) {
            authority.revoke(key.certificate(), Instant.now().minus(10, ChronoUnit.MINUTES));
            byte[] pdf = sign(key, SignatureLevel.PAdES_BASELINE_T);

            ValidationSummary summary = new PdfSignatureValidator(Clock.systemUTC()).validate(pdf, verifier(true), null);

            assertThat(summary.verdict()).isNotEqualTo(Verdict.VALID);
            SignatureSummary signature = summary.signatures().get(0);
            assertThat(signature.subIndication()).startsWith("REVOKED");
            assertThat(signature.reasonKey()).isEqualTo("signing.reason.revoked");
            assertThat(vietnamese(signature)).startsWith("Chứng thư số của người ký đã bị thu hồi (từ ")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        }
    }

    @Test
    void certificateExpiredAtValidationWithoutProofOfEarlierSigningIsExplained() {
        try (SigningKey key = authority.issue("Nguyễn Thị Lan", "Công chức Tư pháp - Hộ tịch")) {
            byte[] pdf = new PdfSigner(verifier(true), null, SignatureLevel.PAdES_BASELINE_B, VietnameseFont.regular())
                    .sign(SigningFixtures.decision(1), key, TEXT, SignaturePlacement.bottomRightOfLastPage(), Instant.now());
            Clock inTwoYears = Clock.fixed(Instant.now().plus(730, ChronoUnit.DAYS), ZoneOffset.UTC);

            ValidationSummary summary = new PdfSignatureValidator(inTwoYears).validate(pdf, verifier(true), null);

            SignatureSummary signature = summary.signatures().get(0);
            assertThat(signature.verdict()).isNotEqualTo(Verdict.VALID);
            assertThat(signature.reasonKey()).isEqualTo("signing.reason.expired");
            assertThat(vietnamese(signature)).startsWith("Chứng thư số của người ký đã hết hạn (");
        }
    }
}
