package vn.congso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void entriesChainToTheirPredecessor() {
        AuditEntry first = recorded("test.chain", "thing", "1", "Lần một");
        AuditEntry second = recorded("test.chain", "thing", "1", "Lần hai");
        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theEntriesOfOneTransactionAreChainedInTheOrderTheyWereRecorded() {
        transactions.executeWithoutResult(tx -> {
            audit.record("test.batch", "thing", "batch", "Tiếp nhận");
            audit.record("test.batch", "thing", "batch", "Chuyển xử lý");
            audit.record("test.batch", "thing", "batch", "Trả kết quả");
        });
        java.util.List<AuditEntry> entries = audit.history("thing", "batch", 3);
        assertThat(entries).extracting(AuditEntry::details).containsExactly("Trả kết quả", "Chuyển xử lý", "Tiếp nhận");
        assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(2).hash());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aTransactionThatRollsBackLeavesNoEntry() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            audit.record("test.rollback", "thing", "rolled-back", "Không được ghi");
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.history("thing", "rolled-back", 1)).isEmpty();
    }

    @Test
    void anEntryEditedInSqlIsNamedByVerification() {
        AuditEntry target = recorded("test.tamper", "dossier", "HS-1", "Tiếp nhận hồ sơ");
        audit.record("test.tamper", "dossier", "HS-1", "Chuyển xử lý");
        tamper("update audit_entry set details = 'Từ chối hồ sơ' where id = " + target.id());
        try {
            AuditVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).isEqualTo(target.id());
            assertThat(verification.reason()).isEqualTo("content");
        } finally {
            tamper("update audit_entry set details = 'Tiếp nhận hồ sơ' where id = " + target.id());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheChainAtTheNextOne() {
        AuditEntry deleted = recorded("test.delete", "dossier", "HS-2", "Bước 1");
        AuditEntry next = recorded("test.delete", "dossier", "HS-2", "Bước 2");
        tamper("delete from audit_entry where id = " + deleted.id());
        try {
            AuditVerification verification = audit.verify();
            assertThat(verification.firstBroken()).isEqualTo(next.id());
        } finally {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
            jdbc.sql("""
                    insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, details,
                      remote_address, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(deleted.id(), java.sql.Timestamp.from(deleted.occurredAt()), deleted.actor(), deleted.action(),
                            deleted.objectType(), deleted.objectId(), deleted.details(), deleted.remoteAddress(),
                            deleted.previousHash(), deleted.hash())
                    .update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        AuditEntry entry = recorded("test.append-only", "thing", "2", null);
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where id = ?").param(entry.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(entry.id()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void nfdDetailsAreStoredComposed() {
        String decomposed = java.text.Normalizer.normalize("Nghị định", java.text.Normalizer.Form.NFD);
        AuditEntry entry = recorded("test.nfc", "thing", "3", decomposed);
        String stored = jdbc.sql("select details from audit_entry where id = ?").param(entry.id()).query(String.class).single();
        assertThat(stored).isEqualTo("Nghị định").hasSize(9);
    }

    /** Records an entry in its own transaction and reads it back as the chain holds it. */
    private AuditEntry recorded(String action, String objectType, String objectId, String details) {
        audit.record(action, objectType, objectId, details);
        return audit.history(objectType, objectId, 1).get(0);
    }

    private void tamper(String sql) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
        jdbc.sql(sql).update();
        jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
    }
}
