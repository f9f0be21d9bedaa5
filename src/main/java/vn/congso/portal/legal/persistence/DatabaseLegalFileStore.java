package vn.congso.portal.legal.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congso.portal.legal.LegalFileStore;

/** Original files in a {@code bytea} column, keyed by their SHA-256 so one file uploaded twice is kept once. */
@Component
class DatabaseLegalFileStore implements LegalFileStore {

    private final JdbcClient jdbc;

    DatabaseLegalFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String put(String fileName, String mediaType, byte[] content) {
        String sha256 = sha256(content);
        jdbc.sql("""
                insert into portal_legal_file (key, file_name, media_type, size_bytes, sha256, content)
                values (:key, :name, :type, :size, :sha, :content) on conflict (key) do nothing
                """)
                .param("key", sha256).param("name", fileName).param("type", mediaType)
                .param("size", (long) content.length).param("sha", sha256).param("content", content)
                .update();
        return sha256;
    }

    @Override
    public Optional<StoredFile> get(String key) {
        return jdbc.sql("select key, file_name, media_type, content from portal_legal_file where key = ?")
                .param(key)
                .query((rs, n) -> new StoredFile(rs.getString("key"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
