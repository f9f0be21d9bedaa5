package vn.congso.publicservice.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monitoring events per service, participant and step (NĐ42 Đ16 k1: theo dõi, giám sát tự động): written
 * where the thing happens, so the dashboard and the report never depend on anyone typing figures in.
 */
@Repository
public class ServiceEvents {

    public static final String VIEWED = "VIEWED";
    public static final String FORM_STARTED = "FORM_STARTED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String STEP_IN = "STEP_IN";
    public static final String STEP_OUT = "STEP_OUT";
    public static final String RESULT_ISSUED = "RESULT_ISSUED";
    public static final String RATED = "RATED";

    /** The events a history action of a dossier stands for: a hand-over leaves a step, the next action enters one. */
    private static final Map<String, List<String>> BY_ACTION = Map.of(
            "RECEIVED", List.of(SUBMITTED, STEP_IN),
            "HANDED_OVER", List.of(STEP_OUT),
            "FORWARDED", List.of(STEP_IN),
            "APPROVED", List.of(RESULT_ISSUED, STEP_IN),
            "RESULT_CONVERTED", List.of(RESULT_ISSUED, STEP_IN),
            "RESULT_ISSUED", List.of(RESULT_ISSUED));

    /** One row of the dashboard: how often something happened to a procedure's service. */
    public record Tally(String procedureCode, String kind, long count) {
    }

    /** Who did how much on which step. */
    public record ParticipantTally(String actor, Integer step, String kind, long count) {
    }

    private final JdbcClient jdbc;

    ServiceEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String kind, String procedureCode, Long dossierId, String actor, Integer step, Instant at) {
        jdbc.sql("""
                insert into publicservice_event (at, kind, procedure_code, dossier_id, actor, step_position)
                values (?, ?, ?, ?, ?, ?)
                """).params(DossierRepository.ts(at), kind, procedureCode, dossierId, actor, step).update();
    }

    /** The kinds of event a transition written to a dossier's history stands for. */
    static List<String> kinds(String action) {
        return BY_ACTION.getOrDefault(action, List.of());
    }

    /** The events a transition written to a dossier's history stands for. */
    void recordTransition(long dossierId, String action, String actor, int step, Instant at) {
        for (String kind : kinds(action)) {
            jdbc.sql("""
                    insert into publicservice_event (at, kind, procedure_code, dossier_id, actor, step_position)
                    select ?, ?, procedure_code, id, ?, ? from publicservice_dossier where id = ?
                    """).params(DossierRepository.ts(at), kind, actor, step, dossierId).update();
        }
    }

    public List<Tally> byProcedure(Instant from, Instant to) {
        return jdbc.sql("""
                select procedure_code, kind, count(*) n from publicservice_event where at >= ? and at < ?
                group by procedure_code, kind order by procedure_code, kind
                """).params(DossierRepository.ts(from), DossierRepository.ts(to))
                .query((rs, n) -> new Tally(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public List<ParticipantTally> byParticipant(Instant from, Instant to) {
        return jdbc.sql("""
                select actor, step_position, kind, count(*) n from publicservice_event
                where at >= ? and at < ? and actor is not null
                group by actor, step_position, kind order by actor, step_position nulls first, kind
                """).params(DossierRepository.ts(from), DossierRepository.ts(to))
                .query((rs, n) -> new ParticipantTally(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getLong(4))).list();
    }
}
