package vn.congso.publicservice;

import java.time.Instant;
import java.util.List;

/**
 * What the public status lookup shows (NĐ42 Đ13 k5 c: the state of the dossier is the same on every channel). Without the lookup secret only the state and
 * the appointment (and, while a supplement is awaited, until when it may come); with it the applicant's
 * name, the steps and any reason given.
 */
public record PublicStatus(String code, String procedureCode, String procedureName, DossierStatus status,
                           Instant receivedAt, Instant dueAt, Instant supplementDueAt, boolean withSecret,
                           String applicantName, String reasonNote, List<Step> steps) {

    /** A step done or under way: when it started and, for hand-overs, how it compared with its deadline. */
    public record Step(int position, String description, Instant at, String action, String timeliness) {
    }
}
