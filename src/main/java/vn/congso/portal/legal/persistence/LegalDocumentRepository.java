package vn.congso.portal.legal.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalRelationKind;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.LegalDocumentRecord.FileRef;
import vn.congso.portal.legal.LegalDocumentRecord.Relation;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.domain.StructureNode;

/** The register's tables; the body tree is stored as JSON, one row per document. */
@Repository
public class LegalDocumentRepository {

    private static final TypeReference<List<StructureNode>> TREE = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    LegalDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new document's row; the caller has checked that the code is free. */
    public long insert(NewRow row) {
        return jdbc.sql("""
                insert into portal_legal_document (slug, type, code, number, year, symbol, issuer, place, issue_date,
                  effective_date, status, summary, signer_name, signer_title, field, preamble, structure, body_text)
                values (:slug, :type, :code, :number, :year, :symbol, :issuer, :place, :issueDate, :effectiveDate,
                  :status, :summary, :signerName, :signerTitle, :field, cast(:preamble as jsonb),
                  cast(:structure as jsonb), :bodyText)
                returning id
                """)
                .params(row.parameters(this::toJson))
                .query(Long.class).single();
    }

    public void attachFile(long documentId, String fileKey) {
        jdbc.sql("insert into portal_legal_document_file (document_id, file_key) values (?, ?) on conflict do nothing")
                .params(documentId, fileKey).update();
    }

    public void updateStatus(long documentId, LegalDocumentStatus status) {
        jdbc.sql("update portal_legal_document set status = ?, updated_at = now() where id = ?")
                .params(status.name(), documentId).update();
    }

    public void addRelation(long documentId, LegalRelationKind kind, String targetCode) {
        jdbc.sql("insert into portal_legal_relation (document_id, kind, target_code) values (?, ?, ?) on conflict do nothing")
                .params(documentId, kind.name(), targetCode).update();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from portal_legal_document where code = ? and number is not null")
                .param(code).query(Long.class).single() > 0;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from portal_legal_document where slug = ?").param(slug).query(Long.class).single() > 0;
    }

    public Optional<LegalDocumentRecord> bySlug(String slug) {
        return jdbc.sql("select * from portal_legal_document where slug = ?").param(slug).query(this::row).optional()
                .map(this::complete);
    }

    public Optional<LegalDocumentRecord> byId(long id) {
        return jdbc.sql("select * from portal_legal_document where id = ?").param(id).query(this::row).optional()
                .map(this::complete);
    }

    /** Newest first; each filter is ignored when null. */
    public List<LegalDocumentRecord> list(DocumentType type, Integer year, LegalDocumentStatus status) {
        StringBuilder sql = new StringBuilder("select * from portal_legal_document where true");
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            sql.append(" and type = :type");
            params.put("type", type.name());
        }
        if (year != null) {
            sql.append(" and coalesce(year, extract(year from issue_date)::int) = :year");
            params.put("year", year);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        sql.append(" order by issue_date desc nulls last, id desc");
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    /** Number/symbol → slug of every numbered document: two columns, for linking to the register. */
    public Map<String, String> slugsByCode() {
        Map<String, String> slugs = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, slug from portal_legal_document where code is not null order by id")
                .query(rs -> {
                    slugs.putIfAbsent(rs.getString(1), rs.getString(2));
                });
        return slugs;
    }

    public List<Integer> years() {
        return jdbc.sql("""
                select distinct coalesce(year, extract(year from issue_date)::int) as y from portal_legal_document
                where coalesce(year, extract(year from issue_date)::int) is not null order by y desc
                """).query(Integer.class).list();
    }

    /** When the register last changed; null while it is empty. */
    public java.time.Instant lastChange() {
        return jdbc.sql("select max(updated_at) from portal_legal_document").query((rs, n) -> rs.getTimestamp(1)).list()
                .stream().filter(java.util.Objects::nonNull).map(java.sql.Timestamp::toInstant).findFirst().orElse(null);
    }

    /** Every document with its tree, for the search feed and for resolving cross-references. */
    public List<LegalDocumentRecord> all() {
        return jdbc.sql("select * from portal_legal_document order by id").query(this::row).list();
    }

    private LegalDocumentRecord complete(LegalDocumentRecord r) {
        List<FileRef> files = jdbc.sql("""
                select f.key, f.file_name, f.media_type, f.size_bytes from portal_legal_document_file df
                join portal_legal_file f on f.key = df.file_key where df.document_id = ? order by f.file_name
                """).param(r.id())
                .query((rs, n) -> new FileRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        List<Relation> relations = jdbc.sql("""
                select r.kind, r.target_code, d.slug from portal_legal_relation r
                left join portal_legal_document d on d.code = r.target_code and d.number is not null
                where r.document_id = ? order by r.kind, r.target_code
                """).param(r.id())
                .query((rs, n) -> new Relation(LegalRelationKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
        return new LegalDocumentRecord(r.id(), r.slug(), r.type(), r.code(), r.number(), r.year(), r.issuer(), r.place(),
                r.issueDate(), r.effectiveDate(), r.status(), r.summary(), r.signerName(), r.signerTitle(), r.field(),
                r.preamble(), r.structure(), files, relations, r.updatedAt());
    }

    private LegalDocumentRecord row(ResultSet rs, int n) throws SQLException {
        return new LegalDocumentRecord(rs.getLong("id"), rs.getString("slug"), DocumentType.valueOf(rs.getString("type")),
                rs.getString("code"), (Integer) rs.getObject("number"), (Integer) rs.getObject("year"),
                rs.getString("issuer"), rs.getString("place"), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("effective_date", LocalDate.class), LegalDocumentStatus.valueOf(rs.getString("status")),
                rs.getString("summary"), rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("field"),
                fromJson(rs.getString("preamble"), STRINGS), fromJson(rs.getString("structure"), TREE),
                List.of(), List.of(), rs.getTimestamp("updated_at").toInstant());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column values of a new document. */
    public record NewRow(String slug, DocumentType type, String code, Integer number, Integer year, String symbol,
                         String issuer, String place, LocalDate issueDate, LocalDate effectiveDate,
                         LegalDocumentStatus status, String summary, String signerName, String signerTitle, String field,
                         List<String> preamble, List<StructureNode> structure, String bodyText) {

        Map<String, Object> parameters(java.util.function.Function<Object, String> toJson) {
            Map<String, Object> p = new HashMap<>();
            p.put("slug", slug);
            p.put("type", type.name());
            p.put("code", code);
            p.put("number", number);
            p.put("year", year);
            p.put("symbol", symbol);
            p.put("issuer", issuer);
            p.put("place", place);
            p.put("issueDate", issueDate);
            p.put("effectiveDate", effectiveDate);
            p.put("status", status.name());
            p.put("summary", summary);
            p.put("signerName", signerName);
            p.put("signerTitle", signerTitle);
            p.put("field", field);
            p.put("preamble", toJson.apply(new ArrayList<>(preamble)));
            p.put("structure", toJson.apply(structure));
            p.put("bodyText", bodyText);
            return p;
        }
    }
}
