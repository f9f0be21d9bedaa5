package vn.congso.publicservice.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.shared.database.CommitPipeline;
import vn.congso.publicservice.DossierCodes;
import vn.congso.publicservice.DossierStatus;
import vn.congso.publicservice.DossierView;

/** The dossier tables, with explicit SQL. */
@Repository
public class DossierRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dossier row. */
    public record Row(long id, String code, String procedureCode, String applicantUsername, String applicantName,
                      String applicantCitizenId, String applicantPhone, String applicantEmail,
                      Map<String, String> formData, String channel, String receivedBy, DossierStatus status,
                      Instant receivedAt, Instant dueAt, Instant pausedAt, int stepPosition, String stepAssignee,
                      Instant stepStartedAt, Instant stepDueAt, String lookupSecret, String reasonCode,
                      String reasonNote, Instant finishedAt, String resultCode, int version, Instant supplementDueAt) {

        /** Until when the supplement request the dossier waits on accepts the supplement; null when it waits on none. */
        public Instant openSupplementDue() {
            return status == DossierStatus.WAITING_SUPPLEMENT ? supplementDueAt : null;
        }

        /** The time that request gave has run out by {@code now}. */
        public boolean supplementClosed(Instant now) {
            Instant due = openSupplementDue();
            return due != null && now.isAfter(due);
        }
    }

    /** A new dossier; its code comes from the day's counter when it is received. */
    public record NewDossier(String procedureCode, String applicantUsername, String applicantName,
                             String applicantCitizenId, String applicantPhone, String applicantEmail,
                             Map<String, String> formData, String channel, String receivedBy, Instant receivedAt,
                             Instant dueAt, Instant stepDueAt, String lookupSecret, String idempotencyKey) {
    }

    private final JdbcClient jdbc;
    private final ServiceEvents events;

    DossierRepository(JdbcClient jdbc, ServiceEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A dossier to receive with what its receipt writes beside it. The form is serialised when the
     * receipt is made, on the submitting thread, not by the writer that every receipt waits for.
     */
    public record Receipt(NewDossier dossier, String actor, int step, Map<String, String> sourcesByField, String formJson) {

        public Receipt(NewDossier dossier, String actor, int step, Map<String, String> sourcesByField) {
            this(dossier, actor, step, sourcesByField, json(dossier.formData()));
        }
    }

    /** The last number of the day's counter as committed (0 before the day's first receipt). */
    public int lastNumber(DossierCodes.CodeDay day) {
        return jdbc.sql("select last_value from publicservice_dossier_counter where unit_code = ? and day = ?")
                .params(day.unitIdentifier(), day.day()).query(Integer.class).optional().orElse(0);
    }

    /** The same, locking the counter row until the transaction ends. */
    public int lastNumberLocked(DossierCodes.CodeDay day) {
        return jdbc.sql("select last_value from publicservice_dossier_counter where unit_code = ? and day = ? for update")
                .params(day.unitIdentifier(), day.day()).query(Integer.class).optional().orElse(0);
    }

    /**
     * The statement that receives dossiers of one receiving unit and day, numbered {@code expected + 1},
     * {@code expected + 2}, … in the order given: the day's counter moves on by their number (and fails
     * if it is not at {@code expected}; its row lock serialises receipts until the commit), then the
     * dossiers, their first history rows, monitoring events and the items reused from earlier data are
     * written, and an online applicant's draft of the procedure is removed. An idempotency key the
     * applicant already used fails the statement (unique constraint). {@code received} gets the rows
     * from {@code returning}, not from a second read.
     *
     * @param day the receiving unit and day of the codes ({@code DossierCodes#day})
     */
    public CommitPipeline.Statement receive(List<Receipt> receipts, DossierCodes.CodeDay day, int expected,
                                            Consumer<List<Row>> received) {
        int n = receipts.size();
        List<Integer> owner = new java.util.ArrayList<>();
        List<String> fields = new java.util.ArrayList<>();
        List<String> sources = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (var reused : receipts.get(i).sourcesByField().entrySet()) {
                owner.add(i + 1);
                fields.add(reused.getKey());
                sources.add(reused.getValue());
            }
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("unit", day.unitIdentifier());
        params.put("day", day.day());
        params.put("prefix", day.prefix());
        params.put("n", n);
        params.put("expected", expected);
        params.put("procedure", column(receipts, r -> r.dossier().procedureCode()));
        params.put("username", column(receipts, r -> r.dossier().applicantUsername()));
        params.put("name", column(receipts, r -> r.dossier().applicantName()));
        params.put("citizenId", column(receipts, r -> r.dossier().applicantCitizenId()));
        params.put("phone", column(receipts, r -> r.dossier().applicantPhone()));
        params.put("email", column(receipts, r -> r.dossier().applicantEmail()));
        params.put("form", column(receipts, Receipt::formJson));
        params.put("channel", column(receipts, r -> r.dossier().channel()));
        params.put("clerk", column(receipts, r -> r.dossier().receivedBy()));
        params.put("at", column(receipts, r -> text(r.dossier().receivedAt())));
        params.put("due", column(receipts, r -> text(r.dossier().dueAt())));
        params.put("step", receipts.stream().map(Receipt::step).toArray(Integer[]::new));
        params.put("stepDue", column(receipts, r -> text(r.dossier().stepDueAt())));
        params.put("secret", column(receipts, r -> r.dossier().lookupSecret()));
        params.put("key", column(receipts, r -> r.dossier().idempotencyKey()));
        params.put("actor", column(receipts, Receipt::actor));
        params.put("kinds", ServiceEvents.kinds("RECEIVED").toArray(String[]::new));
        params.put("owner", owner.toArray(Integer[]::new));
        params.put("fields", fields.toArray(String[]::new));
        params.put("sources", sources.toArray(String[]::new));
        return new CommitPipeline.Statement("""
                with counter as (
                  select publicservice_take_dossier_codes(:unit, :day, :expected, :n) as last_value
                ), input as (
                  select :prefix || '-' || lpad((:expected + i.n)::text, 4, '0') as code, i.*
                  from unnest(cast(:procedure as text[]), cast(:username as text[]), cast(:name as text[]),
                    cast(:citizenId as text[]), cast(:phone as text[]), cast(:email as text[]), cast(cast(:form as text[]) as jsonb[]),
                    cast(:channel as text[]), cast(:clerk as text[]), cast(cast(:at as text[]) as timestamptz[]), cast(cast(:due as text[]) as timestamptz[]),
                    cast(:step as int[]), cast(cast(:stepDue as text[]) as timestamptz[]), cast(:secret as text[]), cast(:key as text[]),
                    cast(:actor as text[]))
                    with ordinality as i(procedure_code, username, name, citizen_id, phone, email, form, channel, clerk,
                      at, due, step, step_due, secret, key, actor, n)
                ), reused as (
                  select r.owner, array_agg(r.field order by r.rn) as fields, array_agg(r.source order by r.rn) as sources
                  from unnest(cast(:owner as int[]), cast(:fields as text[]), cast(:sources as text[])) with ordinality
                    as r(owner, field, source, rn)
                  group by r.owner
                ), dossier as (
                  insert into publicservice_dossier (code, procedure_code, applicant_username, applicant_name,
                    applicant_citizen_id, applicant_phone, applicant_email, form_data, channel, received_by, status,
                    received_at, due_at, step_position, step_started_at, step_due_at, lookup_secret, idempotency_key,
                    reused_fields, reused_sources)
                  select i.code, i.procedure_code, i.username, i.name, i.citizen_id, i.phone, i.email, i.form, i.channel,
                    i.clerk, 'PROCESSING', i.at, i.due, i.step, i.at, i.step_due, i.secret, i.key,
                    coalesce(u.fields, '{}'), coalesce(u.sources, '{}')
                  from counter cross join input i left join reused u on u.owner = i.n
                  order by i.n
                  returning id, code, version
                ), mine as (
                  select dossier.id, i.procedure_code, i.username, i.n, i.at, i.actor, i.step, i.step_due, i.channel
                  from dossier join input i on i.code = dossier.code
                ), history as (
                  insert into publicservice_dossier_history (dossier_id, at, actor, action, step_position, step_due_at, note)
                  select id, at, actor, 'RECEIVED', step, step_due, channel from mine order by n
                ), monitoring as (
                  insert into publicservice_event (at, kind, procedure_code, dossier_id, actor, step_position)
                  select mine.at, k.kind, mine.procedure_code, mine.id, mine.actor, mine.step
                  from mine, unnest(cast(:kinds as text[])) with ordinality as k(kind, kn) order by mine.n, k.kn
                ), draft as (
                  delete from publicservice_dossier_draft d using mine
                  where mine.channel = 'ONLINE' and d.username = mine.username and d.procedure_code = mine.procedure_code
                )
                select dossier.id, dossier.code, dossier.version, i.n from dossier join input i on i.code = dossier.code
                order by i.n
                """, params, rs -> {
                    // the rows as written, from what was sent: only the id and version come back
                    List<Row> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(received(receipts.get(rs.getInt("n") - 1), rs.getLong("id"), rs.getString("code"),
                                rs.getInt("version")));
                    }
                    received.accept(rows);
                });
    }

    private static Row received(Receipt receipt, long id, String code, int version) {
        NewDossier d = receipt.dossier();
        return new Row(id, code, d.procedureCode(), d.applicantUsername(), d.applicantName(), d.applicantCitizenId(),
                d.applicantPhone(), d.applicantEmail(), d.formData(), d.channel(), d.receivedBy(), DossierStatus.PROCESSING,
                d.receivedAt(), d.dueAt(), null, receipt.step(), null, d.receivedAt(), d.stepDueAt(), d.lookupSecret(),
                null, null, null, null, version, null);
    }

    /** The statement that records an attachment of a dossier received in the same transaction. */
    public CommitPipeline.Statement attachmentOfReceipt(String code, int component, String fileName, String sha256,
                                                        String contentType, long size, String verdict,
                                                        String conversionCode, Instant at) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("code", code);
        params.put("component", component);
        params.put("fileName", fileName);
        params.put("sha256", sha256);
        params.put("contentType", contentType);
        params.put("size", size);
        params.put("verdict", verdict);
        params.put("conversion", conversionCode);
        params.put("at", ts(at));
        return new CommitPipeline.Statement("""
                insert into publicservice_dossier_attachment (dossier_id, component_index, file_name, sha256, content_type,
                  size, signature_verdict, conversion_code, uploaded_at)
                select id, :component, :fileName, :sha256, :contentType, :size, :verdict, :conversion, :at
                from publicservice_dossier where code = :code""", params, null);
    }

    private static String[] column(List<Receipt> receipts, java.util.function.Function<Receipt, String> field) {
        return receipts.stream().map(field).toArray(String[]::new);
    }

    public Optional<Row> byIdempotencyKey(String username, String key) {
        return jdbc.sql("select * from publicservice_dossier where applicant_username = ? and idempotency_key = ?")
                .params(username, key).query(this::row).optional();
    }

    public Optional<Row> byCode(String code) {
        return jdbc.sql("select * from publicservice_dossier where code = ?").param(code).query(this::row).optional();
    }

    public List<Row> byApplicant(String username) {
        return jdbc.sql("select * from publicservice_dossier where applicant_username = ? order by received_at desc, id desc")
                .param(username).query(this::row).list();
    }

    public List<Row> open() {
        return jdbc.sql("""
                select * from publicservice_dossier where status in ('PROCESSING', 'WAITING_SUPPLEMENT', 'RESULT_READY')
                order by step_position, due_at, id limit 500
                """).query(this::row).list();
    }

    /** The changes of one action, applied only if nobody changed the row since {@code version} was read. */
    public boolean update(long id, int version, DossierStatus status, int stepPosition, String stepAssignee,
                          Instant stepStartedAt, Instant stepDueAt, Instant dueAt, Instant pausedAt,
                          String reasonCode, String reasonNote, Instant finishedAt, String resultCode) {
        return jdbc.sql("""
                update publicservice_dossier set status = ?, step_position = ?, step_assignee = ?, step_started_at = ?,
                  step_due_at = ?, due_at = ?, paused_at = ?, reason_code = ?, reason_note = ?, finished_at = ?,
                  result_code = ?, version = version + 1
                where id = ? and version = ?
                """).params(status.name(), stepPosition, stepAssignee, ts(stepStartedAt), ts(stepDueAt), ts(dueAt),
                        ts(pausedAt), reasonCode, reasonNote, ts(finishedAt), resultCode, id, version)
                .update() == 1;
    }

    /** The time the open supplement request gives the citizen. */
    public void supplementDue(long id, Instant at) {
        jdbc.sql("update publicservice_dossier set supplement_due_at = ? where id = ?").params(ts(at), id).update();
    }

    public void updateForm(long id, Map<String, String> formData) {
        jdbc.sql("update publicservice_dossier set form_data = cast(? as jsonb) where id = ?").params(json(formData), id).update();
    }

    public void history(long dossierId, Instant at, String actor, String action, int step, Instant stepDueAt,
                        String timeliness, String note) {
        jdbc.sql("""
                insert into publicservice_dossier_history (dossier_id, at, actor, action, step_position, step_due_at, timeliness, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(dossierId, ts(at), actor, action, step, ts(stepDueAt), timeliness, note).update();
        // NĐ42 Đ16 k1: every transition is also a monitoring event of its service, participant and step
        events.recordTransition(dossierId, action, actor, step, at);
    }

    public List<DossierView.HistoryEntry> history(long dossierId) {
        return jdbc.sql("select * from publicservice_dossier_history where dossier_id = ? order by id")
                .param(dossierId).query((rs, n) -> new DossierView.HistoryEntry(instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getInt("step_position"), instant(rs, "step_due_at"),
                        rs.getString("timeliness"), rs.getString("note"))).list();
    }

    public void attachment(long dossierId, int component, String fileName, String sha256, String contentType, long size,
                           String verdict, Instant at) {
        attachment(dossierId, component, fileName, sha256, contentType, size, verdict, null, at);
    }

    /** A component; {@code conversionCode} names the register entry of a paper component digitised at the counter. */
    public void attachment(long dossierId, int component, String fileName, String sha256, String contentType, long size,
                           String verdict, String conversionCode, Instant at) {
        jdbc.sql("""
                insert into publicservice_dossier_attachment (dossier_id, component_index, file_name, sha256, content_type, size, signature_verdict, conversion_code, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(dossierId, component, fileName, sha256, contentType, size, verdict, conversionCode, ts(at))
                .update();
    }

    public List<DossierView.Attachment> attachments(long dossierId) {
        return jdbc.sql("select * from publicservice_dossier_attachment where dossier_id = ? order by id")
                .param(dossierId).query((rs, n) -> new DossierView.Attachment(rs.getInt("component_index"),
                        rs.getString("file_name"), rs.getString("sha256"), rs.getString("content_type"), rs.getLong("size"),
                        rs.getString("signature_verdict"))).list();
    }

    public List<String> reusedFields(long dossierId) {
        return jdbc.sql("select reused_fields from publicservice_dossier where id = ?").param(dossierId)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    public void saveDraft(String username, String procedureCode, Map<String, String> formData, Instant at) {
        jdbc.sql("""
                insert into publicservice_dossier_draft (username, procedure_code, form_data, saved_at) values (?, ?, cast(? as jsonb), ?)
                on conflict (username, procedure_code) do update set form_data = excluded.form_data, saved_at = excluded.saved_at
                """).params(username, procedureCode, json(formData), ts(at)).update();
    }

    public Optional<Map<String, String>> draft(String username, String procedureCode) {
        return jdbc.sql("select form_data from publicservice_dossier_draft where username = ? and procedure_code = ?")
                .params(username, procedureCode).query((rs, n) -> map(rs.getString(1))).optional();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String json(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<java.util.LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("applicant_username"), rs.getString("applicant_name"), rs.getString("applicant_citizen_id"),
                rs.getString("applicant_phone"), rs.getString("applicant_email"), map(rs.getString("form_data")),
                rs.getString("channel"), rs.getString("received_by"), DossierStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "paused_at"), rs.getInt("step_position"),
                rs.getString("step_assignee"), instant(rs, "step_started_at"), instant(rs, "step_due_at"),
                rs.getString("lookup_secret"), rs.getString("reason_code"), rs.getString("reason_note"),
                instant(rs, "finished_at"), rs.getString("result_code"), rs.getInt("version"), instant(rs, "supplement_due_at"));
    }
}
