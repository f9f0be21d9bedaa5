package vn.congso.publicservice.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the monthly report needs to know of each dossier that was open at some time in the month, one
 * row per dossier: a dossier that passes through several departments or agencies is counted once.
 */
@Repository
public class ReportFacts {

    /**
     * One dossier.
     *
     * @param timeliness      EARLY / ON_TIME / LATE of its finish, null while open
     * @param electronicResult an electronic result was issued (not a converted paper one)
     * @param components      files handed in; {@code digitised} of them converted at the counter
     * @param score           the applicant's rating, null if none
     * @param pauses          the waits for a supplement (mẫu 02), each from the request to the supplement
     *                        (its end null while it lasts)
     */
    public record Fact(long id, String procedureCode, String channel, String status, Instant receivedAt, Instant dueAt,
                       Instant finishedAt, String timeliness, boolean electronicResult, boolean convertedResult,
                       int components, int digitised, boolean reused, Integer score, List<Pause> pauses) {
    }

    /** A wait for the citizen's supplement. */
    public record Pause(Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    ReportFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers received before {@code to} and not finished before {@code from}. */
    public List<Fact> openBetween(Instant from, Instant to) {
        Map<Long, List<Pause>> pauses = pausesBetween(from, to);
        return jdbc.sql("""
                select d.id, d.procedure_code, d.channel, d.status, d.received_at, d.due_at, d.finished_at,
                  (select h.timeliness from publicservice_dossier_history h
                    where h.dossier_id = d.id and h.action = 'FINISHED' order by h.id desc limit 1) as timeliness,
                  coalesce(r.code is not null and r.conversion_code is null, false) as electronic_result,
                  coalesce(r.conversion_code is not null, false) as converted_result,
                  (select count(*) from publicservice_dossier_attachment a where a.dossier_id = d.id) as components,
                  (select count(*) from publicservice_dossier_attachment a
                    where a.dossier_id = d.id and a.conversion_code is not null) as digitised,
                  cardinality(d.reused_fields) > 0 as reused,
                  g.score
                from publicservice_dossier d
                left join publicservice_dossier_result r on r.dossier_id = d.id
                left join publicservice_dossier_rating g on g.dossier_id = d.id
                where d.received_at < ? and (d.finished_at is null or d.finished_at >= ?)
                order by d.id
                """).params(DossierRepository.ts(to), DossierRepository.ts(from))
                .query((rs, n) -> new Fact(rs.getLong("id"), rs.getString("procedure_code"), rs.getString("channel"),
                        rs.getString("status"), DossierRepository.instant(rs, "received_at"),
                        DossierRepository.instant(rs, "due_at"), DossierRepository.instant(rs, "finished_at"),
                        rs.getString("timeliness"), rs.getBoolean("electronic_result"), rs.getBoolean("converted_result"),
                        rs.getInt("components"), rs.getInt("digitised"), rs.getBoolean("reused"),
                        (Integer) rs.getObject("score"), pauses.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /** The pauses of the same dossiers: each supplement request and the supplement that ended it. */
    private Map<Long, List<Pause>> pausesBetween(Instant from, Instant to) {
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.sql("""
                select h.dossier_id, h.at,
                  (select min(n.at) from publicservice_dossier_history n
                    where n.dossier_id = h.dossier_id and n.id > h.id and n.action = 'SUPPLEMENTED') as resumed_at
                from publicservice_dossier_history h
                join publicservice_dossier d on d.id = h.dossier_id
                where h.action = 'SUPPLEMENT_REQUESTED' and d.received_at < ? and (d.finished_at is null or d.finished_at >= ?)
                order by h.id
                """).params(DossierRepository.ts(to), DossierRepository.ts(from))
                .query((RowCallbackHandler) rs -> pauses.computeIfAbsent(rs.getLong("dossier_id"), id -> new ArrayList<>())
                        .add(new Pause(DossierRepository.instant(rs, "at"), DossierRepository.instant(rs, "resumed_at"))));
        return pauses;
    }
}
