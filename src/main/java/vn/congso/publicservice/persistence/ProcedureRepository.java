package vn.congso.publicservice.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.publicservice.DossierComponent;
import vn.congso.publicservice.Procedure;
import vn.congso.publicservice.ProcedureFlags;
import vn.congso.publicservice.ProcedureStep;
import vn.congso.publicservice.UserType;
import vn.congso.shared.calendar.TimeLimit;

/** Procedures with their dossier components and internal steps ({@code publicservice_procedure*}). */
@Repository
public class ProcedureRepository {

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from publicservice_procedure)").query(Boolean.class).single();
    }

    /** Every procedure with its components and steps, by code. */
    public List<Procedure> all() {
        Map<Long, List<DossierComponent>> components = new HashMap<>();
        jdbc.sql("select * from publicservice_procedure_component order by procedure_id, position").query(rs -> {
            components.computeIfAbsent(rs.getLong("procedure_id"), id -> new ArrayList<>()).add(new DossierComponent(
                    rs.getString("name"), rs.getInt("originals"), rs.getInt("copies"), rs.getString("template_file"),
                    rs.getBoolean("conditional"), rs.getBoolean("present_only")));
        });
        Map<Long, List<ProcedureStep>> steps = new HashMap<>();
        jdbc.sql("select * from publicservice_procedure_step order by procedure_id, position").query(rs -> {
            steps.computeIfAbsent(rs.getLong("procedure_id"), id -> new ArrayList<>()).add(new ProcedureStep(
                    rs.getInt("position"), rs.getString("actor"), rs.getString("description"), rs.getInt("allowance_hours")));
        });
        return jdbc.sql("select * from publicservice_procedure order by code")
                .query((rs, n) -> procedure(rs, components.getOrDefault(rs.getLong("id"), List.of()),
                        steps.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Inserts the procedure, replacing one with the same code. */
    public void save(Procedure p) {
        jdbc.sql("delete from publicservice_procedure where code = ?").param(p.code()).update();
        ProcedureFlags f = p.flags();
        Map<String, Object> values = new HashMap<>();
        values.put("code", p.code());
        values.put("name", p.name());
        values.put("field", p.field());
        values.put("agency", p.agency());
        values.put("userTypes", p.userTypes().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("topic", p.topic());
        values.put("legalBasis", p.legalBasis().toArray(String[]::new));
        values.put("fee", p.fee());
        values.put("feeCharged", f.feeCharged());
        values.put("timeAmount", p.timeLimit() == null ? null : p.timeLimit().amount());
        values.put("timeUnit", p.timeLimit() == null ? null : p.timeLimit().unit().name());
        values.put("timeNote", p.timeNote());
        values.put("result", p.result());
        values.put("presence", f.requiresPresence());
        values.put("site", f.requiresSiteVerification());
        values.put("paper", f.resultPaperOnly());
        values.put("feeOnline", f.feePayableOnline());
        values.put("eform", f.eformAvailable());
        values.put("source", p.source());
        long id = jdbc.sql("""
                insert into publicservice_procedure (code, name, field, agency, user_types, topic, legal_basis, fee, fee_charged,
                  time_amount, time_unit, time_note, result, requires_presence, requires_site_verification, result_paper_only,
                  fee_payable_online, eform_available, source)
                values (:code, :name, :field, :agency, :userTypes, :topic, :legalBasis, :fee, :feeCharged, :timeAmount, :timeUnit,
                  :timeNote, :result, :presence, :site, :paper, :feeOnline, :eform, :source)
                returning id
                """).params(values).query(Long.class).single();
        int position = 1;
        for (DossierComponent c : p.components()) {
            jdbc.sql("""
                    insert into publicservice_procedure_component
                      (procedure_id, position, name, originals, copies, template_file, conditional, present_only)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, position++, c.name(), c.originals(), c.copies(), c.templateFile(), c.conditional(), c.presentOnly())
                    .update();
        }
        for (ProcedureStep s : p.steps()) {
            jdbc.sql("insert into publicservice_procedure_step (procedure_id, position, actor, description, allowance_hours) values (?, ?, ?, ?, ?)")
                    .params(id, s.position(), s.actor(), s.description(), s.allowanceHours()).update();
        }
    }

    private static Procedure procedure(ResultSet rs, List<DossierComponent> components, List<ProcedureStep> steps) throws SQLException {
        Set<UserType> userTypes = EnumSet.noneOf(UserType.class);
        for (String type : strings(rs.getArray("user_types"))) {
            userTypes.add(UserType.valueOf(type));
        }
        String unit = rs.getString("time_unit");
        TimeLimit limit = unit == null ? null : new TimeLimit(rs.getInt("time_amount"), TimeLimit.Unit.valueOf(unit));
        ProcedureFlags flags = new ProcedureFlags(rs.getBoolean("requires_presence"), rs.getBoolean("requires_site_verification"),
                rs.getBoolean("result_paper_only"), rs.getBoolean("fee_charged"), rs.getBoolean("fee_payable_online"),
                rs.getBoolean("eform_available"));
        return new Procedure(rs.getString("code"), rs.getString("name"), rs.getString("field"), rs.getString("agency"),
                userTypes, rs.getString("topic"), strings(rs.getArray("legal_basis")), rs.getString("fee"), limit,
                rs.getString("time_note"), rs.getString("result"), flags, components, steps, rs.getString("source"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
