package vn.congso.signing.persistence;

import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.signing.TrustAnchor;

/** The {@code signing_trust_anchor} table. */
@Repository
public class TrustAnchorRepository {

    private static final String COLUMNS = "id, subject, issuer, serial_number, sha256, not_before, not_after, added_by, added_at";

    private final JdbcClient jdbc;

    TrustAnchorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrustAnchor> all() {
        return jdbc.sql("select " + COLUMNS + " from signing_trust_anchor order by added_at, id")
                .query(TrustAnchorRepository::anchor).list();
    }

    public List<byte[]> certificates() {
        return jdbc.sql("select certificate from signing_trust_anchor").query((rs, n) -> rs.getBytes(1)).list();
    }

    public Optional<TrustAnchor> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from signing_trust_anchor where id = :id")
                .param("id", id).query(TrustAnchorRepository::anchor).optional();
    }

    /** Adds the certificate unless one with the same fingerprint is there; empty when it was. */
    public Optional<TrustAnchor> add(X509Certificate certificate, byte[] encoded, String sha256, String addedBy) {
        return jdbc.sql("""
                        insert into signing_trust_anchor
                            (subject, issuer, serial_number, sha256, not_before, not_after, certificate, added_by)
                        values (:subject, :issuer, :serial, :sha, :notBefore, :notAfter, :certificate, :addedBy)
                        on conflict (sha256) do nothing
                        returning\s""" + COLUMNS)
                .param("subject", certificate.getSubjectX500Principal().getName())
                .param("issuer", certificate.getIssuerX500Principal().getName())
                .param("serial", certificate.getSerialNumber().toString(16))
                .param("sha", sha256)
                .param("notBefore", Timestamp.from(certificate.getNotBefore().toInstant()))
                .param("notAfter", Timestamp.from(certificate.getNotAfter().toInstant()))
                .param("certificate", encoded)
                .param("addedBy", addedBy)
                .query(TrustAnchorRepository::anchor).optional();
    }

    public boolean remove(long id) {
        return jdbc.sql("delete from signing_trust_anchor where id = :id").param("id", id).update() > 0;
    }

    private static TrustAnchor anchor(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TrustAnchor(rs.getLong("id"), rs.getString("subject"), rs.getString("issuer"),
                rs.getString("serial_number"), rs.getString("sha256"), rs.getTimestamp("not_before").toInstant(),
                rs.getTimestamp("not_after").toInstant(), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }
}
