package vn.congso.signing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One signature in a validated document.
 *
 * @param signer              the signer's name from the certificate
 * @param signingTime         the time the signer claimed, in Vietnam time
 * @param verdict             this signature's own result
 * @param indication          DSS indication ({@code TOTAL_PASSED}, …)
 * @param subIndication       DSS sub-indication ({@code HASH_FAILURE}, {@code NO_CERTIFICATE_CHAIN_FOUND}, …) or null
 * @param format              signature level, e.g. {@code PAdES-BASELINE-B}
 * @param byteRange           the PDF byte range the signature covers ({@code [a, b, c, d]})
 * @param revision            the document revision (1-based) the signature closes
 * @param coversWholeDocument whether the signature covers the whole file as uploaded
 * @param changeAfterSigning  what was done to the document after this signature
 * @param timestampTime       time of the signature timestamp (BASELINE-T and up), or null
 * @param timestampIntact     whether that timestamp's imprint and signature check out
 * @param agencyTestCertificate signed with this installation's self-signed test certificate
 * @param errors              DSS's reasons, as given in the simple report
 * @param reasonKey           message key of the reason in plain words when the signature is not valid
 *                            ({@code signing.reason.revoked}, …), or null
 * @param reasonArguments     the values that reason mentions (e.g. the revocation time)
 */
public record SignatureSummary(
        String id,
        String signer,
        OffsetDateTime signingTime,
        Verdict verdict,
        String indication,
        String subIndication,
        String format,
        List<Long> byteRange,
        int revision,
        boolean coversWholeDocument,
        ChangeAfterSigning changeAfterSigning,
        OffsetDateTime timestampTime,
        boolean timestampIntact,
        boolean agencyTestCertificate,
        List<String> errors,
        String reasonKey,
        List<String> reasonArguments) {
}
