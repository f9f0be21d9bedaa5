package vn.congso.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.audit.AuditEntry;
import vn.congso.shared.database.CommitPipeline;

/** Reads and appends audit entries; appends are serialised by a transaction-scoped advisory lock. */
@Repository
public class AuditRepository {

    /** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x636f6e67736f01L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000);
    }

    /** An entry waiting for its place in the chain; {@code tail} is its canonical text but for the link. */
    public record NewEntry(Instant occurredAt, String actor, String action, String objectType, String objectId,
                           String details, String remoteAddress, String tail) {
    }

    /**
     * The statement that appends the entries (V2_3): the chain lock is taken there and held until the
     * surrounding transaction ends, so appends are serialised in commit order, ids stay contiguous and
     * each entry links to its predecessor.
     */
    public CommitPipeline.Statement append(List<NewEntry> entries) {
        return new CommitPipeline.Statement("""
                select audit_append(:lock, :occurred, :actors, :actions, :types, :ids, :details, :remotes, :tails)""",
                Map.of("lock", CHAIN_LOCK, "occurred", column(entries, e -> e.occurredAt().toString()),
                        "actors", column(entries, NewEntry::actor), "actions", column(entries, NewEntry::action),
                        "types", column(entries, NewEntry::objectType), "ids", column(entries, NewEntry::objectId),
                        "details", column(entries, NewEntry::details), "remotes", column(entries, NewEntry::remoteAddress),
                        "tails", column(entries, NewEntry::tail)), null);
    }

    private static String[] column(List<NewEntry> entries, java.util.function.Function<NewEntry, String> field) {
        return entries.stream().map(field).toArray(String[]::new);
    }

    /** Streams every entry in chain order without loading the table into memory. */
    public void forEachInOrder(Consumer<AuditEntry> consumer) {
        template.query("select * from audit_entry order by id", rs -> {
            consumer.accept(entry(rs));
        });
    }

    public List<AuditEntry> recent(int limit, String objectType, String objectId) {
        return jdbc.sql("""
                select * from audit_entry
                where (cast(:type as text) is null or object_type = :type)
                  and (cast(:id as text) is null or object_id = :id)
                order by id desc limit :limit""")
                .param("type", objectType).param("id", objectId).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        return new AuditEntry(rs.getLong("id"), at, rs.getString("actor"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("details"),
                rs.getString("remote_address"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
