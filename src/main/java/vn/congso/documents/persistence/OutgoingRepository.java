package vn.congso.documents.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outgoing documents, their versions, appendices, approval trail, opinions and deliveries. */
@Repository
public class OutgoingRepository {

    /** One outgoing document as stored. */
    public record Row(long id, String documentType, String draftingUnit, String subject, String urgency, String state,
                      int approvalLevel, String draftedBy, String signerName, String signerTitle, String competence,
                      String internalUnits, String peerAgencies, String emails, String numberSymbol,
                      Instant issuedAt, Long replacesId, String replacementReason, String recallReason,
                      String answersDossier, String addressees, String body, String placesOfReceipt) {

        public List<String> internalUnitList() {
            return split(internalUnits);
        }

        public List<String> peerAgencyList() {
            return split(peerAgencies);
        }

        public List<String> emailList() {
            return split(emails);
        }

        private static List<String> split(String value) {
            return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split("\n"));
        }
    }

    /** One step of the approval trail. */
    public record Step(String actor, String action, String comment, Instant at) {
    }

    /** An appendix (phụ lục) or attached document. */
    public record Appendix(String name, String contentType, byte[] content) {
    }

    /** A coordination opinion asked of someone, answered or not. */
    public record Opinion(long id, String askedOf, LocalDate dueDate, String opinion, Instant answeredAt) {
    }

    /** A delivery of an issued document to one recipient. */
    public record Delivery(String channel, String recipient, String state) {
    }

    private final JdbcClient jdbc;

    OutgoingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String type, String draftingUnit, String subject, String urgency, String draftedBy,
                       String signerName, String signerTitle, String competence, List<String> internalUnits,
                       List<String> peerAgencies, List<String> emails) {
        return jdbc.sql("""
                insert into documents_outgoing (document_type, drafting_unit, subject, urgency, state, drafted_by,
                    signer_name, signer_title, competence, internal_units, peer_agencies, emails)
                values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(type, draftingUnit, subject, urgency, draftedBy, signerName, signerTitle, competence,
                String.join("\n", internalUnits), String.join("\n", peerAgencies), String.join("\n", emails))
                .query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).optional();
    }

    /** Locks the document for a state change, so two approvers cannot both move it on. */
    public Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(Row.class).optional();
    }

    /** Documents in the given states, the most urgent first (Hỏa tốc, Thượng khẩn, Khẩn, Thường), then oldest. */
    public List<Row> inStates(List<String> states) {
        return jdbc.sql(SELECT + " " + """
                 where state in (:states)
                 order by case urgency when 'TIMED_EXPRESS' then 0 when 'EXPRESS' then 1 when 'VERY_URGENT' then 2
                   when 'URGENT' then 3 else 4 end, created_at, id
                """).param("states", states).query(Row.class).list();
    }

    /** Issued documents of a year (Vietnam time), in the order of their numbers. */
    public List<Row> issued(int year) {
        return jdbc.sql(SELECT + " " + """
                 where issued_at is not null
                   and extract(year from issued_at at time zone 'Asia/Ho_Chi_Minh') = ? order by issued_at, id""")
                .param(year).query(Row.class).list();
    }

    public void moveTo(long id, String state, int approvalLevel) {
        jdbc.sql("update documents_outgoing set state = ?, approval_level = ? where id = ?")
                .params(state, approvalLevel, id).update();
    }

    public void issued(long id, long registrationId, String numberSymbol, Instant at) {
        jdbc.sql("""
                update documents_outgoing set state = 'ISSUED', registration_id = ?, number_symbol = ?, issued_at = ?
                where id = ?""").params(registrationId, numberSymbol, java.sql.Timestamp.from(at), id).update();
    }

    /** Marks an issued document recalled or replaced (NĐ30 Đ18), with the reason. */
    public void withdrawn(long id, String state, String recallReason) {
        jdbc.sql("update documents_outgoing set state = ?, recall_reason = coalesce(?, recall_reason) where id = ?")
                .params(state, recallReason, id).update();
    }

    /** The composed text behind the current version, or nulls when that version is a file made elsewhere. */
    public void composedText(long id, List<String> addressees, List<String> body, List<String> placesOfReceipt) {
        jdbc.sql("update documents_outgoing set addressees = ?, body = ?, places_of_receipt = ? where id = ?")
                .params(lines(addressees), lines(body), lines(placesOfReceipt), id).update();
    }

    private static String lines(List<String> lines) {
        return lines == null ? null : String.join("\n", lines);
    }

    /** The subject an approver rewrote. */
    public void retitle(long id, String subject) {
        jdbc.sql("update documents_outgoing set subject = ? where id = ?").params(subject, id).update();
    }

    /** Marks a draft as the replacement of an issued document. */
    public void replaces(long id, long replacedId, String reason) {
        jdbc.sql("update documents_outgoing set replaces_id = ?, replacement_reason = ? where id = ?")
                .params(replacedId, reason, id).update();
    }

    /** The dossier (mã hồ sơ) this document answers, whose result it becomes when issued. */
    public void answers(long id, String dossierCode) {
        jdbc.sql("update documents_outgoing set answers_dossier = ? where id = ?").params(dossierCode, id).update();
    }

    /** Internal recipients see what became of the document they received (thu hồi, thay thế). */
    public void internalDeliveriesBecome(long id, String state) {
        jdbc.sql("update documents_outgoing_delivery set state = ? where outgoing_id = ? and channel = 'INTERNAL'")
                .params(state, id).update();
    }

    public int addVersion(long id, String kind, byte[] pdf, String actor) {
        return jdbc.sql("""
                insert into documents_outgoing_version (outgoing_id, version, kind, pdf, created_by)
                values (?, (select coalesce(max(version), 0) + 1 from documents_outgoing_version where outgoing_id = ?),
                        ?, ?, ?) returning version
                """).params(id, id, kind, pdf, actor).query(Integer.class).single();
    }

    public byte[] latestPdf(long id) {
        return jdbc.sql("""
                select pdf from documents_outgoing_version where outgoing_id = ? order by version desc limit 1
                """).param(id).query(byte[].class).single();
    }

    public List<String> versionKinds(long id) {
        return jdbc.sql("select kind from documents_outgoing_version where outgoing_id = ? order by version")
                .param(id).query(String.class).list();
    }

    public void addAppendix(long id, String name, String contentType, byte[] content) {
        jdbc.sql("insert into documents_outgoing_appendix (outgoing_id, name, content_type, content) values (?, ?, ?, ?)")
                .params(id, name, contentType, content).update();
    }

    public List<Appendix> appendices(long id) {
        return jdbc.sql("select name, content_type, content from documents_outgoing_appendix where outgoing_id = ? order by id")
                .param(id).query(Appendix.class).list();
    }

    public void addStep(long id, String actor, String action, String comment) {
        jdbc.sql("insert into documents_outgoing_step (outgoing_id, actor, action, comment) values (?, ?, ?, ?)")
                .params(id, actor, action, comment).update();
    }

    public List<Step> steps(long id) {
        return jdbc.sql("select actor, action, comment, at from documents_outgoing_step where outgoing_id = ? order by id")
                .param(id).query(Step.class).list();
    }

    public long askOpinion(long id, String askedOf, LocalDate due) {
        return jdbc.sql("insert into documents_outgoing_opinion (outgoing_id, asked_of, due_date) values (?, ?, ?) returning id")
                .params(id, askedOf, due).query(Long.class).single();
    }

    public int answerOpinion(long opinionId, String askedOf, String opinion) {
        return jdbc.sql("""
                update documents_outgoing_opinion set opinion = ?, answered_at = now()
                where id = ? and asked_of = ? and answered_at is null""").params(opinion, opinionId, askedOf).update();
    }

    public List<Opinion> opinions(long id) {
        return jdbc.sql("""
                select id, asked_of, due_date, opinion, answered_at from documents_outgoing_opinion
                where outgoing_id = ? order by id""").param(id).query(Opinion.class).list();
    }

    public int openOpinions(long id) {
        return jdbc.sql("select count(*) from documents_outgoing_opinion where outgoing_id = ? and answered_at is null")
                .param(id).query(Integer.class).single();
    }

    public void addDelivery(long id, String channel, String recipient, String state) {
        addDelivery(id, channel, recipient, state, null);
    }

    public void addDelivery(long id, String channel, String recipient, String state, String documentId) {
        jdbc.sql("""
                insert into documents_outgoing_delivery (outgoing_id, channel, recipient, state, document_id)
                values (?, ?, ?, ?, ?)""").params(id, channel, recipient, state, documentId).update();
    }

    /** The edXML DocumentId the document went out under, if it went to other agencies. */
    public Optional<String> exchangedDocumentId(long id) {
        return jdbc.sql("""
                select document_id from documents_outgoing_delivery where outgoing_id = ? and document_id is not null
                limit 1""").param(id).query(String.class).optional();
    }

    public List<Delivery> deliveries(long id) {
        return jdbc.sql("select channel, recipient, state from documents_outgoing_delivery where outgoing_id = ? order by id")
                .param(id).query(Delivery.class).list();
    }

    private static final String SELECT = """
            select id, document_type, drafting_unit, subject, urgency, state, approval_level, drafted_by, signer_name,
                   signer_title, competence, internal_units, peer_agencies, emails, number_symbol, issued_at,
                   replaces_id, replacement_reason, recall_reason, answers_dossier, addressees, body, places_of_receipt
            from documents_outgoing""";
}
