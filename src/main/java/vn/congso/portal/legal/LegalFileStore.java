package vn.congso.portal.legal;

import java.util.Optional;

/**
 * Where original files of legal documents live. Kept small so the content-addressed blob store of
 * the {@code files} module can take over without touching the register.
 */
public interface LegalFileStore {

    /** Stores the bytes and answers the key to fetch them by. */
    String put(String fileName, String mediaType, byte[] content);

    Optional<StoredFile> get(String key);

    record StoredFile(String key, String fileName, String mediaType, byte[] content) {
    }
}
