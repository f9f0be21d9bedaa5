package vn.congso.publicservice.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.publicservice.StoredResult;

/** Results in the citizens' electronic data stores. */
@Repository
public class ResultRepository {

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String code, long dossierId, String owner, String procedureCode, Map<String, String> data,
                       String sha256, Instant issuedAt) {
        insert(code, dossierId, owner, procedureCode, data, sha256, issuedAt, null);
    }

    /** A result; {@code conversionCode} when it was issued on paper and converted (NĐ137 Đ8 k4 đoạn 2). */
    public void insert(String code, long dossierId, String owner, String procedureCode, Map<String, String> data,
                       String sha256, Instant issuedAt, String conversionCode) {
        jdbc.sql("""
                insert into publicservice_dossier_result (code, dossier_id, owner_username, procedure_code, data, sha256,
                  issued_at, conversion_code)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                """).params(code, dossierId, owner, procedureCode, DossierRepository.json(data), sha256,
                        DossierRepository.ts(issuedAt), conversionCode).update();
    }

    public List<StoredResult> owned(String username) {
        return jdbc.sql("select * from publicservice_dossier_result where owner_username = ? order by issued_at desc")
                .param(username).query(this::row).list();
    }

    public Optional<StoredResult> byCode(String code) {
        return jdbc.sql("select * from publicservice_dossier_result where code = ?").param(code).query(this::row).optional();
    }

    /** The newest result of a procedure the citizen holds. */
    public Optional<StoredResult> latest(String username, String procedureCode) {
        return jdbc.sql("""
                select * from publicservice_dossier_result where owner_username = ? and procedure_code = ?
                order by issued_at desc limit 1
                """).params(username, procedureCode).query(this::row).optional();
    }

    private StoredResult row(ResultSet rs, int n) throws SQLException {
        return new StoredResult(rs.getString("code"), rs.getString("procedure_code"), rs.getString("owner_username"),
                DossierRepository.map(rs.getString("data")), rs.getString("sha256"), DossierRepository.instant(rs, "issued_at"));
    }
}
