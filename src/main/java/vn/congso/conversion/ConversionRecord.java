package vn.congso.conversion;

import java.time.Instant;

/**
 * One entry of the conversion register (sổ chuyển đổi): who converted which paper document, when,
 * from which file, into which stored data message.
 *
 * @param code          the unique code under which the document is looked up (NĐ137 Đ5 k1 b)
 * @param sourceSha256  SHA-256 of the uploaded scan
 * @param outputSha256  SHA-256 of the stored data message, the reference of byte-for-byte checks
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
        boolean publicDocument) {
}
