package vn.congso.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.audit.AuditEntry;

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

    public record Head(long id, String hash) {
    }

    /**
     * Takes the chain lock until the surrounding transaction ends, then reads the last entry: appends
     * are serialised in commit order, so ids stay contiguous and each entry links to its predecessor.
     */
    public Optional<Head> lockAndReadHead() {
        // one round trip (V2_2): the lock is held while an append is on its way to the commit
        Head head = jdbc.sql("select head_id, head_hash from audit_lock_and_read_head(?)").param(CHAIN_LOCK)
                .query((rs, n) -> new Head(rs.getLong("head_id"), rs.getString("head_hash"))).single();
        // an empty chain gives a row of nulls
        return head.hash() == null ? Optional.empty() : Optional.of(head);
    }

    public void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, details,
                  remote_address, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), Timestamp.from(e.occurredAt()), e.actor(), e.action(), e.objectType(), e.objectId(),
                        e.details(), e.remoteAddress(), e.previousHash(), e.hash())
                .update();
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
