/**
 * Content-addressed blob store (kho tệp): every file the platform keeps (portal attachments, dossier
 * files, signed documents) is stored once under the SHA-256 of its bytes and checked against that
 * hash whenever it is read, so a file changed on disk is noticed instead of being served.
 * <p>Other modules use only {@link vn.congso.files.BlobStore} and {@link vn.congso.files.StoredBlob};
 * the local-disk implementation in {@code files.local} is internal and can be replaced by an
 * S3-compatible one (see {@link vn.congso.files.BlobStore}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package vn.congso.files;
