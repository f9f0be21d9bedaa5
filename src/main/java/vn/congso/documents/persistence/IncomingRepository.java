package vn.congso.documents.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incoming documents (văn bản đến): registered, assigned, processed; and envelopes awaiting the clerk. */
@Repository
public class IncomingRepository {

    /** An incoming document as stored; the number is null until it is registered. */
    public record Row(long id, Long envelopeId, String sender, String numberSymbol, String subject, String urgency,
                      String channel, String documentId, LocalDate documentDate, Integer incomingNumber,
                      Integer incomingYear, Instant receivedAt, String state, String department, String assignee,
                      String direction, LocalDate deadline, Instant completedAt, String refusalReason,
                      String recallReason, String replacesDocumentId, String replacedByDocumentId,
                      String conversionCode) {
    }

    /** An envelope that arrived and that the clerk has neither registered nor refused. */
    public record Arrived(long envelopeId, String documentId, String sender, String numberSymbol, String subject,
                          String envelope, Instant receivedAt, int businessDocType) {
    }

    /** Per department: documents assigned, completed by their deadline, overdue now. */
    public record DepartmentStatistics(String department, int received, int completedOnTime, int overdue) {
    }

    private final JdbcClient jdbc;

    IncomingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Arrived> awaitingRegistration() {
        return jdbc.sql("""
                select e.id as envelope_id, e.document_id, e.sender_organ_id as sender, e.number_symbol, e.subject, e.envelope,
                       e.received_at, e.business_doc_type
                from documents_incoming_envelope e left join documents_incoming i on i.envelope_id = e.id
                where i.id is null and e.business_doc_type <> 1
                  and not exists (select 1 from documents_incoming_envelope r
                                  where r.document_id = e.document_id and r.business_doc_type = 1)
                order by e.received_at, e.id""").query(Arrived.class).list();
    }

    public Optional<Arrived> arrived(long envelopeId) {
        return jdbc.sql("""
                select e.id as envelope_id, e.document_id, e.sender_organ_id as sender, e.number_symbol, e.subject, e.envelope,
                       e.received_at, e.business_doc_type
                from documents_incoming_envelope e where e.id = ?""").param(envelopeId).query(Arrived.class).optional();
    }

    /** Whether the sender has recalled the document with this DocumentId. */
    public boolean recalled(String documentId) {
        return jdbc.sql("""
                select count(*) from documents_incoming_envelope where document_id = ? and business_doc_type = 1""")
                .param(documentId).query(Integer.class).single() > 0;
    }

    /** The sender recalled the document (NĐ30 Đ18): it is cancelled here; the ids of the documents cancelled. */
    public List<Long> recall(String documentId, String reason) {
        return jdbc.sql("""
                update documents_incoming set state = 'RECALLED', recall_reason = ?
                where document_id = ? and state not in ('REFUSED', 'RECALLED') returning id""")
                .params(reason, documentId).query(Long.class).list();
    }

    /** A replacement arrived: the replaced document is marked and points to its replacement; the ids marked. */
    public List<Long> replacedBy(String replacedDocumentId, String replacementDocumentId) {
        return jdbc.sql("""
                update documents_incoming set state = 'REPLACED', replaced_by_document_id = ?
                where document_id = ? and state not in ('REFUSED', 'RECALLED', 'REPLACED') returning id""")
                .params(replacementDocumentId, replacedDocumentId).query(Long.class).list();
    }

    /** The conversion (sổ chuyển đổi) that made the incoming document's data message from its paper scan. */
    public void converted(long id, String conversionCode) {
        jdbc.sql("update documents_incoming set conversion_code = ? where id = ?").params(conversionCode, id).update();
    }

    public void replaces(long id, String replacedDocumentId) {
        jdbc.sql("update documents_incoming set replaces_document_id = ? where id = ?").params(replacedDocumentId, id)
                .update();
    }

    public long insert(Long envelopeId, String sender, String numberSymbol, String subject, String urgency,
                       String channel, String documentId, LocalDate documentDate, byte[] pdf, String verdict,
                       Long registrationId, Integer number, Integer year, Instant receivedAt, String state,
                       String refusalReason) {
        return jdbc.sql("""
                insert into documents_incoming (envelope_id, sender, number_symbol, subject, urgency, channel,
                    document_id, document_date, pdf, signature_verdict, registration_id, incoming_number,
                    incoming_year, received_at, state, refusal_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(envelopeId, sender, numberSymbol, subject, urgency, channel, documentId, documentDate, pdf,
                        verdict, registrationId, number, year, Timestamp.from(receivedAt), state, refusalReason)
                .query(Long.class).single();
    }

    public Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(Row.class).optional();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).optional();
    }

    /** The latest document received under this DocumentId (a replacement may reuse it). */
    public Optional<Row> byDocumentId(String documentId) {
        return jdbc.sql(SELECT + " where document_id = ? order by id desc limit 1").param(documentId).query(Row.class)
                .optional();
    }

    public void assign(long id, String department, String assignee, String direction, LocalDate deadline) {
        jdbc.sql("""
                update documents_incoming set state = 'ASSIGNED', department = ?, assignee = ?, direction = ?,
                deadline = ? where id = ?""").params(department, assignee, direction, deadline, id).update();
    }

    public void moveTo(long id, String state, Instant completedAt) {
        jdbc.sql("update documents_incoming set state = ?, completed_at = coalesce(?, completed_at) where id = ?")
                .params(state, completedAt == null ? null : Timestamp.from(completedAt), id).update();
    }

    /** Registered documents of a year in register order (Phụ lục IV: by số đến). */
    public List<Row> registered(int year) {
        return jdbc.sql(SELECT + " where incoming_year = ? order by incoming_number").param(year).query(Row.class).list();
    }

    /** Documents in the given states, most urgent first, then by deadline. */
    public List<Row> inStates(List<String> states) {
        return jdbc.sql(SELECT + " " + """
                 where state in (:states)
                 order by case urgency when 'TIMED_EXPRESS' then 0 when 'EXPRESS' then 1 when 'VERY_URGENT' then 2
                   when 'URGENT' then 3 else 4 end, deadline nulls last, received_at, id""")
                .param("states", states).query(Row.class).list();
    }

    public List<Row> overdue(LocalDate today) {
        return jdbc.sql(SELECT + " where deadline < ? and state in ('ASSIGNED', 'IN_PROGRESS') order by deadline, id")
                .param(today).query(Row.class).list();
    }

    public List<DepartmentStatistics> statistics(LocalDate today) {
        return jdbc.sql("""
                select department,
                       count(*)::int as received,
                       count(*) filter (where state = 'COMPLETED' and (deadline is null
                           or (completed_at at time zone 'Asia/Ho_Chi_Minh')::date <= deadline))::int as completed_on_time,
                       count(*) filter (where state in ('ASSIGNED', 'IN_PROGRESS') and deadline < ?)::int as overdue
                from documents_incoming where department is not null group by department order by department""")
                .param(today).query(DepartmentStatistics.class).list();
    }

    public byte[] pdf(long id) {
        return jdbc.sql("select pdf from documents_incoming where id = ?").param(id).query(byte[].class).single();
    }

    private static final String SELECT = """
            select id, envelope_id, sender, number_symbol, subject, urgency, channel, document_id, document_date,
                   incoming_number, incoming_year, received_at, state, department, assignee, direction, deadline,
                   completed_at, refusal_reason, recall_reason, replaces_document_id, replaced_by_document_id,
                   conversion_code
            from documents_incoming""";
}
