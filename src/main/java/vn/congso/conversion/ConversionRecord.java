package vn.congso.conversion;

import java.time.Instant;

/**
 * One entry of the conversion register (sổ chuyển đổi): who converted which paper document, when,
 * from which file, into which stored data message.
 *
 * @param code          the unique code under which the document is looked up (NĐ137 Đ5 k1 b)
 * @param sourceSha256  SHA-256 of the uploaded scan
 * @param outputSha256  SHA-256 of the stored data message, the reference of byte-for-byte checks
 * @param origin        {@link Verification#FROM_PAPER}, or {@link Verification#FROM_ELECTRONIC} for another
 *                      module's data message registered when it was printed (NĐ137 Đ5)
 * @param lookupUrl     the owning module's address of the document; null: the conversion lookup page
 */
public record ConversionRecord(
        String code,
        LegalContext legalContext,
        Instant convertedAt,
        String convertedBy,
        String converterName,
        String agencyName,
        String sourceName,
        String sourceType,
        String sourceSha256,
        long sourceSize,
        int pages,
        String outputSha256,
        long outputSize,
        SignatureStatus signatureStatus,
        OcrStatus ocrStatus,
        boolean publicDocument,
        String origin,
        String lookupUrl) {

    /** Whether the entry is a data message of another module registered for printing, not a converted scan. */
    public boolean electronicOrigin() {
        return Verification.FROM_ELECTRONIC.equals(origin);
    }
}
