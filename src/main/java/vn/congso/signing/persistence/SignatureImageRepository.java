package vn.congso.signing.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code signing_image} table: the seal image and the officers' handwritten-signature images. */
@Repository
public class SignatureImageRepository {

    public static final String SEAL = "SEAL";
    public static final String SIGNATURE = "SIGNATURE";

    private final JdbcClient jdbc;

    SignatureImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> find(String kind, String owner) {
        return jdbc.sql("select png from signing_image where kind = :kind and owner = :owner")
                .param("kind", kind).param("owner", owner).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Stores the image, replacing the owner's earlier one. */
    public void put(String kind, String owner, byte[] png, int width, int height, String uploadedBy) {
        jdbc.sql("""
                        insert into signing_image (kind, owner, png, width, height, uploaded_by)
                        values (:kind, :owner, :png, :width, :height, :by)
                        on conflict (kind, owner) do update set png = excluded.png, width = excluded.width,
                            height = excluded.height, uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
                .param("kind", kind).param("owner", owner).param("png", png).param("width", width)
                .param("height", height).param("by", uploadedBy).update();
    }

    public boolean remove(String kind, String owner) {
        return jdbc.sql("delete from signing_image where kind = :kind and owner = :owner")
                .param("kind", kind).param("owner", owner).update() > 0;
    }
}
