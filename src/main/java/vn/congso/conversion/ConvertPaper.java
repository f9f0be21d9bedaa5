package vn.congso.conversion;

/**
 * Command: convert a scanned paper document.
 *
 * @param content        the uploaded file; its type is read from the content, not from its name
 * @param sourceName     the uploaded file's name, kept in the register (never shown publicly)
 * @param publicDocument whether anyone with the code may read the content, or only with the access code
 * @param username       the converting officer's account
 * @param textLayer      whether to add the OCR text layer (when the installation has OCR); off for scans
 *                       without text worth searching, such as photographs
 */
public record ConvertPaper(byte[] content, String sourceName, LegalContext legalContext, boolean publicDocument,
                           String username, boolean textLayer) {

    /** With the OCR text layer, as the installation is configured. */
    public ConvertPaper(byte[] content, String sourceName, LegalContext legalContext, boolean publicDocument,
                        String username) {
        this(content, sourceName, legalContext, publicDocument, username, true);
    }
}
