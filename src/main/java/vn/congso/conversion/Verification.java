package vn.congso.conversion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the public lookup tells about a code (NĐ137 Đ5 k1 b): where the document came from, the
 * conversion record and the signature status. No personal data beyond the converter's name; the
 * source file name is not shown.
 *
 * @param contentAvailable whether the caller may download the document (public, or the right access code)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        String code,
        String origin,
        LegalContext legalContext,
        Instant convertedAt,
        String converterName,
        String agencyName,
        String systemName,
        String systemOwner,
        int pages,
        String sha256,
        SignatureStatus signatureStatus,
        OcrStatus ocrStatus,
        boolean publicDocument,
        boolean contentAvailable,
        String lookupUrl) {

    /** The document was a paper document converted to a data message (NĐ137 Đ4). */
    public static final String FROM_PAPER = "PAPER_TO_ELECTRONIC";
    /** The document is a data message of another module (a dossier result, an outgoing document), printed to paper (NĐ137 Đ5). */
    public static final String FROM_ELECTRONIC = "ELECTRONIC";
}
