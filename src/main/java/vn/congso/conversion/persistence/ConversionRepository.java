package vn.congso.conversion.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.conversion.ConversionRecord;
import vn.congso.conversion.LegalContext;
import vn.congso.conversion.OcrStatus;
import vn.congso.conversion.SignatureStatus;

/** The conversion register, access code hashes and the print log. */
@Repository
public class ConversionRepository {

    private final JdbcClient jdbc;

    ConversionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConversionRecord r, Long batchItemId) {
        jdbc.sql("""
                insert into conversion_document (code, legal_context, converted_at, converted_by, converter_name,
                  agency_name, source_name, source_type, source_sha256, source_size, pages, output_sha256, output_size,
                  signature_status, ocr_status, public_document, batch_item_id, origin, lookup_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.code(), r.legalContext().name(), Timestamp.from(r.convertedAt()), r.convertedBy(),
                        r.converterName(), r.agencyName(), r.sourceName(), r.sourceType(), r.sourceSha256(),
                        r.sourceSize(), r.pages(), r.outputSha256(), r.outputSize(), r.signatureStatus().name(),
                        r.ocrStatus().name(), r.publicDocument(), batchItemId, r.origin(), r.lookupUrl())
                .update();
    }

    public Optional<ConversionRecord> find(String code) {
        return jdbc.sql("select * from conversion_document where code = ?").param(code).query(this::row).optional();
    }

    public Optional<ConversionRecord> findByBatchItem(long itemId) {
        return jdbc.sql("select * from conversion_document where batch_item_id = ?").param(itemId)
                .query(this::row).optional();
    }

    public List<ConversionRecord> recent(int limit) {
        return jdbc.sql("select * from conversion_document order by converted_at desc, id desc limit ?")
                .param(limit).query(this::row).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from conversion_document").query(Long.class).single();
    }

    /** Records the result of the signature check of an entry still pending. */
    public void recordSignatureStatus(String code, SignatureStatus status) {
        jdbc.sql("update conversion_document set signature_status = ? where code = ? and signature_status = ?")
                .params(status.name(), code, SignatureStatus.PENDING.name()).update();
    }

    public record PendingCheck(String code, String outputSha256) {
    }

    public List<PendingCheck> pendingSignatureChecks(int limit) {
        return jdbc.sql("select code, output_sha256 from conversion_document where signature_status = ? order by id limit ?")
                .params(SignatureStatus.PENDING.name(), limit)
                .query((rs, n) -> new PendingCheck(rs.getString("code"), rs.getString("output_sha256"))).list();
    }

    public void addAccessCode(String documentCode, String hash, Instant issuedAt, String issuedFor) {
        jdbc.sql("""
                insert into conversion_access_code (document_code, code_hash, issued_at, issued_for)
                values (?, ?, ?, ?)""")
                .params(documentCode, hash, Timestamp.from(issuedAt), issuedFor).update();
    }

    public List<String> accessCodeHashes(String documentCode) {
        return jdbc.sql("select code_hash from conversion_access_code where document_code = ?")
                .param(documentCode).query(String.class).list();
    }

    public void recordPrint(String documentCode, Instant at, String printedBy, String printerName, int pages,
                            String sha256) {
        jdbc.sql("""
                insert into conversion_print (document_code, printed_at, printed_by, printer_name, pages, output_sha256)
                values (?, ?, ?, ?, ?, ?)""")
                .params(documentCode, Timestamp.from(at), printedBy, printerName, pages, sha256).update();
    }

    public record PrintRow(Instant printedAt, String printedBy, String printerName, int pages) {
    }

    public List<PrintRow> prints(String documentCode) {
        return jdbc.sql("""
                select printed_at, printed_by, printer_name, pages from conversion_print
                where document_code = ? order by id""").param(documentCode)
                .query((rs, n) -> new PrintRow(rs.getTimestamp("printed_at").toInstant(), rs.getString("printed_by"),
                        rs.getString("printer_name"), rs.getInt("pages")))
                .list();
    }

    private ConversionRecord row(ResultSet rs, int n) throws SQLException {
        return new ConversionRecord(rs.getString("code"), LegalContext.valueOf(rs.getString("legal_context")),
                rs.getTimestamp("converted_at").toInstant(), rs.getString("converted_by"),
                rs.getString("converter_name"), rs.getString("agency_name"), rs.getString("source_name"),
                rs.getString("source_type"), rs.getString("source_sha256"), rs.getLong("source_size"),
                rs.getInt("pages"), rs.getString("output_sha256"), rs.getLong("output_size"),
                SignatureStatus.valueOf(rs.getString("signature_status")),
                OcrStatus.valueOf(rs.getString("ocr_status")), rs.getBoolean("public_document"),
                rs.getString("origin"), rs.getString("lookup_url"));
    }
}
