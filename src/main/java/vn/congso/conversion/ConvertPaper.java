package vn.congso.conversion;

/**
 * Command: convert a scanned paper document.
 *
 * @param content        the uploaded file; its type is read from the content, not from its name
 * @param sourceName     the uploaded file's name, kept in the register (never shown publicly)
 * @param publicDocument whether anyone with the code may read the content, or only with the access code
 * @param username       the converting officer's account
 */
public record ConvertPaper(byte[] content, String sourceName, LegalContext legalContext, boolean publicDocument,
                           String username) {
}
