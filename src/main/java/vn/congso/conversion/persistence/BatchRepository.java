package vn.congso.conversion.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.conversion.BatchProgress;
import vn.congso.conversion.LegalContext;

/**
 * Batches and their items. Workers claim items with {@code for update skip locked} and a lease, so
 * two workers never take the same item and an item whose worker died is taken over once the lease ends.
 */
@Repository
public class BatchRepository {

    public static final String PENDING = "PENDING";
    public static final String PROCESSING = "PROCESSING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Batch(long id, String createdBy, String converterName, LegalContext legalContext,
                        boolean publicDocument) {
    }

    public record Claimed(long itemId, long batchId, String sourceName, String sourceSha256) {
    }

    public long createBatch(Instant at, String createdBy, String converterName, LegalContext context,
                            boolean publicDocument) {
        return jdbc.sql("""
                insert into conversion_batch (created_at, created_by, converter_name, legal_context, public_document)
                values (?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(at), createdBy, converterName, context.name(), publicDocument)
                .query(Long.class).single();
    }

    public void addItem(long batchId, int position, String sourceName, String sourceSha256) {
        jdbc.sql("""
                insert into conversion_batch_item (batch_id, position, source_name, source_sha256)
                values (?, ?, ?, ?)""").params(batchId, position, sourceName, sourceSha256).update();
    }

    public Optional<Batch> batch(long id) {
        return jdbc.sql("select * from conversion_batch where id = ?").param(id)
                .query((rs, n) -> new Batch(rs.getLong("id"), rs.getString("created_by"),
                        rs.getString("converter_name"), LegalContext.valueOf(rs.getString("legal_context")),
                        rs.getBoolean("public_document")))
                .optional();
    }

    /** Takes the next pending item, or one whose lease has run out, and leases it. */
    public Optional<Claimed> claim(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update conversion_batch_item set state = 'PROCESSING', lease_until = ?, attempts = attempts + 1
                where id = (select id from conversion_batch_item
                            where state = 'PENDING' or (state = 'PROCESSING' and lease_until < ?)
                            order by id limit 1 for update skip locked)
                returning id, batch_id, source_name, source_sha256""")
                .params(Timestamp.from(leaseUntil), Timestamp.from(now))
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("source_name"),
                        rs.getString("source_sha256")))
                .optional();
    }

    public void markDone(long itemId, String documentCode) {
        jdbc.sql("""
                update conversion_batch_item set state = 'DONE', document_code = ?, lease_until = null, error_code = null
                where id = ?""").params(documentCode, itemId).update();
    }

    public void markFailed(long itemId, String errorCode) {
        jdbc.sql("update conversion_batch_item set state = 'FAILED', error_code = ?, lease_until = null where id = ?")
                .params(errorCode, itemId).update();
    }

    public List<BatchProgress.Item> items(long batchId) {
        return jdbc.sql("""
                select position, source_name, state, document_code, error_code from conversion_batch_item
                where batch_id = ? order by position""").param(batchId)
                .query((rs, n) -> new BatchProgress.Item(rs.getInt("position"), rs.getString("source_name"),
                        rs.getString("state"), rs.getString("document_code"), rs.getString("error_code")))
                .list();
    }
}
