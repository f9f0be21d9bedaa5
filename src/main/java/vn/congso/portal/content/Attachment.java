package vn.congso.portal.content;

import java.time.Instant;

/** A file attached to an article; its content lives in the blob store under its SHA-256. */
record Attachment(long id, long articleId, String sha256, String fileName, String contentType, long sizeBytes,
                  Instant addedAt, String addedBy) {
}
