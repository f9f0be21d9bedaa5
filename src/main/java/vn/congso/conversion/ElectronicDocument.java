package vn.congso.conversion;

/**
 * A data message stored by another module (a dossier result, an issued outgoing document) that is to be
 * printed to paper (NĐ137 Đ5). Give either the PDF or its SHA-256 in the blob store.
 *
 * @param code           the document's unique code (letters, digits, '.', '-', '_'), printed and looked up
 *                       at {@code /tra-cuu/{code}} (Đ5 k1 b)
 * @param title          what the document is; kept in the register, never shown publicly
 * @param pdf            the stored PDF, or null when {@code blobSha256} names it
 * @param blobSha256     the PDF's SHA-256 in the blob store, or null when {@code pdf} is given
 * @param lookupUrl      the full address where the owning module shows the document; null: the lookup page
 * @param publicDocument whether anyone with the code may read the content
 * @param accessCode     the code that opens a non-public document, held by its owner; null when there is none
 * @param legalContext   which wording the marker follows (a dossier result: {@link LegalContext#PROCEDURE_RESULT})
 */
public record ElectronicDocument(String code, String title, byte[] pdf, String blobSha256, String lookupUrl,
                                 boolean publicDocument, String accessCode, LegalContext legalContext) {

    public static ElectronicDocument ofPdf(String code, String title, byte[] pdf, String lookupUrl,
                                           boolean publicDocument, String accessCode, LegalContext legalContext) {
        return new ElectronicDocument(code, title, pdf, null, lookupUrl, publicDocument, accessCode, legalContext);
    }

    public static ElectronicDocument ofBlob(String code, String title, String blobSha256, String lookupUrl,
                                            boolean publicDocument, String accessCode, LegalContext legalContext) {
        return new ElectronicDocument(code, title, null, blobSha256, lookupUrl, publicDocument, accessCode, legalContext);
    }
}
