package vn.congso.signing.validation;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import vn.congso.shared.CongsoException;
import vn.congso.signing.ChangeAfterSigning;
import vn.congso.signing.SignatureSummary;
import vn.congso.signing.SigningError;
import vn.congso.signing.ValidationReports;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;
import vn.congso.signing.pdf.PdfInspector;

/**
 * Validates every signature of a PDF with DSS under its default (ETSI EN 319 102-1) policy and
 * condenses the reports into what a reader needs: who signed, when, what the signature covers and
 * whether the document changed afterwards.
 */
public final class PdfSignatureValidator {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private final Clock clock;

    public PdfSignatureValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param testRoot the root of this installation's test CA, so signatures made with its certificates
     *                 can be called what they are; null with real keys
     */
    public ValidationSummary validate(byte[] pdf, CertificateVerifier verifier, X509Certificate testRoot) {
        PdfInspector.inspect(pdf);
        Reports reports;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setPdfObjFactory(new PdfBoxNativeObjectFactory());
            validator.setCertificateVerifier(verifier);
            validator.setValidationTime(Date.from(clock.instant()));
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            throw new CongsoException(SigningError.VALIDATION_FAILED, e);
        }
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        String testId = testRoot == null ? null : new CertificateToken(testRoot).getDSSIdAsString();

        List<SignatureWrapper> ordered = new ArrayList<>(diagnostic.getSignatures());
        ordered.sort(Comparator.comparingLong(PdfSignatureValidator::coveredEnd));
        List<SignatureSummary> signatures = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            signatures.add(summarise(ordered.get(i), i + 1, simple, pdf, testId));
        }
        OffsetDateTime validatedAt = OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.SECONDS);
        return new ValidationSummary(overall(signatures), validatedAt,
                pdf.length, List.copyOf(signatures), new ValidationReports(reports.getXmlSimpleReport(),
                        reports.getXmlDetailedReport(), reports.getXmlDiagnosticData()));
    }

    private static SignatureSummary summarise(SignatureWrapper signature, int revision, SimpleReport simple,
                                              byte[] pdf, String testId) {
        String id = signature.getId();
        Indication indication = simple.getIndication(id);
        SubIndication subIndication = simple.getSubIndication(id);
        PDFRevisionWrapper pdfRevision = signature.getPDFRevision();
        List<Long> byteRange = pdfRevision == null ? List.of()
                : pdfRevision.getSignatureByteRange().stream().map(BigInteger::longValue).toList();
        boolean whole = coversWholeFile(byteRange, pdf);
        TimestampWrapper timestamp = signature.getSignatureTimestamps().stream().findFirst().orElse(null);
        CertificateWrapper certificate = signature.getSigningCertificate();
        // DSS names certificates by their SHA-256 digest, so the ids match exactly when the certificates do.
        boolean testSignature = testId != null && certificate != null && (testId.equals(certificate.getId())
                || certificate.getCertificateChain().stream().anyMatch(issuer -> testId.equals(issuer.getId())));
        return new SignatureSummary(id, simple.getSignedBy(id), time(signature.getClaimedSigningTime()),
                verdict(indication), indication == null ? null : indication.name(),
                subIndication == null ? null : subIndication.name(),
                simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(),
                byteRange, revision, whole, change(whole, pdfRevision),
                timestamp == null ? null : time(timestamp.getProductionTime()),
                timestamp != null && timestamp.isMessageImprintDataFound() && timestamp.isMessageImprintDataIntact()
                        && timestamp.isSignatureIntact() && timestamp.isSignatureValid(),
                testSignature,
                simple.getAdESValidationErrors(id).stream().map(Message::getValue).toList(),
                reasonKey(indication, subIndication), reasonArguments(subIndication, certificate));
    }

    /** The reason a reader needs, in plain words, for a signature that is not valid. */
    static String reasonKey(Indication indication, SubIndication subIndication) {
        if (verdict(indication) == Verdict.VALID) {
            return null;
        }
        if (subIndication == null) {
            return "signing.reason.other";
        }
        return switch (subIndication) {
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "signing.reason.revoked";
            case EXPIRED, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED -> "signing.reason.expired";
            case NOT_YET_VALID -> "signing.reason.not-yet-valid";
            case HASH_FAILURE -> "signing.reason.hash-failure";
            case SIG_CRYPTO_FAILURE -> "signing.reason.crypto-failure";
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE -> "signing.reason.untrusted";
            case TRY_LATER, REVOCATION_OUT_OF_BOUNDS_NO_POE -> "signing.reason.no-revocation-data";
            case FORMAT_FAILURE -> "signing.reason.format";
            default -> "signing.reason.other";
        };
    }

    /** Revocation time, end or start of validity of the signer's certificate, as the reason says. */
    private static List<String> reasonArguments(SubIndication subIndication, CertificateWrapper certificate) {
        if (subIndication == null || certificate == null) {
            return List.of();
        }
        return switch (subIndication) {
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> certificate.getCertificateRevocationData().stream()
                    .filter(revocation -> revocation.getStatus().isRevoked() && revocation.getRevocationDate() != null)
                    .map(revocation -> MINUTE.format(revocation.getRevocationDate().toInstant()))
                    .findFirst().map(List::of).orElse(List.of("?"));
            case EXPIRED, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED ->
                    List.of(MINUTE.format(certificate.getNotAfter().toInstant()));
            case NOT_YET_VALID -> List.of(MINUTE.format(certificate.getNotBefore().toInstant()));
            default -> List.of();
        };
    }

    /**
     * A signature covers the whole file when its byte range ends where the file ends (trailing
     * whitespace aside): nothing was appended after signing (ISO 32000-1 §12.8.1, incremental updates).
     */
    private static boolean coversWholeFile(List<Long> byteRange, byte[] pdf) {
        if (byteRange.size() != 4) {
            return false;
        }
        long end = byteRange.get(2) + byteRange.get(3);
        for (long i = end; i < pdf.length; i++) {
            if ((pdf[(int) i] & 0xff) > ' ') {
                return false;
            }
        }
        return end <= pdf.length;
    }

    private static ChangeAfterSigning change(boolean whole, PDFRevisionWrapper revision) {
        if (whole) {
            return ChangeAfterSigning.NONE;
        }
        if (revision != null && (revision.arePdfModificationsDetected() || !revision.getPdfUndefinedChanges().isEmpty())) {
            return ChangeAfterSigning.CONTENT_CHANGED;
        }
        return ChangeAfterSigning.ADDITIONS;
    }

    private static long coveredEnd(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        if (revision == null || revision.getSignatureByteRange().size() != 4) {
            return Long.MAX_VALUE;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        return range.get(2).longValue() + range.get(3).longValue();
    }

    static Verdict verdict(Indication indication) {
        if (indication == null) {
            return Verdict.INDETERMINATE;
        }
        return switch (indication) {
            case TOTAL_PASSED, PASSED -> Verdict.VALID;
            case TOTAL_FAILED, FAILED -> Verdict.INVALID;
            default -> Verdict.INDETERMINATE;
        };
    }

    /** The document is only as good as its worst signature. */
    private static Verdict overall(List<SignatureSummary> signatures) {
        if (signatures.isEmpty()) {
            return Verdict.NOT_SIGNED;
        }
        if (signatures.stream().anyMatch(s -> s.verdict() == Verdict.INVALID)) {
            return Verdict.INVALID;
        }
        if (signatures.stream().anyMatch(s -> s.verdict() == Verdict.INDETERMINATE)) {
            return Verdict.INDETERMINATE;
        }
        return Verdict.VALID;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(VIETNAM).toOffsetDateTime();
    }
}
