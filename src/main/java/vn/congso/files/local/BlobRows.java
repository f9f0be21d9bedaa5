package vn.congso.files.local;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.files.StoredBlob;

/** The {@code files_blob} metadata rows. */
@Repository
class BlobRows {

    private final JdbcClient jdbc;

    BlobRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the blob unless it is known already: the first content type and time are kept. */
    void recordIfAbsent(StoredBlob blob) {
        jdbc.sql("""
                insert into files_blob (sha256, size, content_type) values (?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(blob.sha256(), blob.size(), blob.contentType())
                .update();
    }

    Optional<StoredBlob> find(String sha256) {
        return jdbc.sql("select sha256, size, content_type from files_blob where sha256 = ?").param(sha256)
                .query((rs, n) -> new StoredBlob(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }
}
