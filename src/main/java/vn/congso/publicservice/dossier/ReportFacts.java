package vn.congso.publicservice.dossier;

import java.time.Instant;
import java.util.List;
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
     */
    public record Fact(long id, String procedureCode, String channel, String status, Instant receivedAt, Instant dueAt,
                       Instant finishedAt, String timeliness, boolean electronicResult, boolean convertedResult,
                       int components, int digitised, boolean reused, Integer score) {
    }

    private final JdbcClient jdbc;

    ReportFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers received before {@code to} and not finished before {@code from}. */
    public List<Fact> openBetween(Instant from, Instant to) {
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
                        (Integer) rs.getObject("score"))).list();
    }
}
