package vn.congso.files;

/**
 * A blob as the store keeps it: its SHA-256 (lowercase hex) is its address.
 *
 * @param contentType the media type given when the content was first stored
 */
public record StoredBlob(String sha256, long size, String contentType) {
}
