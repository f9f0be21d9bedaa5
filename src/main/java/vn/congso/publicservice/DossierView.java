package vn.congso.publicservice;

import java.time.Instant;
import java.util.List;

/**
 * A dossier as staff and its applicant see it.
 *
 * @param version for optimistic locking: an action names the version it was decided on
 * @param supplementDueAt until when the open supplement request (mẫu 02) accepts the supplement; null when none is open
 * @param supplementClosed that time has run out: the supplement is no longer accepted
 */
public record DossierView(String code, String procedureCode, String applicantUsername, String applicantName,
                          String applicantEmail, DossierStatus status, String channel, Instant receivedAt,
                          Instant dueAt, Instant pausedAt, int stepPosition, String stepActor, String stepDescription,
                          String stepAssignee, Instant stepDueAt, String reasonCode, String reasonNote,
                          Instant finishedAt, String resultCode, int version, boolean overdue,
                          java.util.Map<String, String> formData, List<HistoryEntry> history,
                          List<Attachment> attachments, Instant supplementDueAt, boolean supplementClosed) {

    /** One line of the process-control slip (mẫu 04). @param timeliness EARLY, ON_TIME or LATE for hand-overs */
    public record HistoryEntry(Instant at, String actor, String action, int stepPosition, Instant stepDueAt,
                               String timeliness, String note) {
    }

    /** @param signatureVerdict the verdict on a signed PDF, null when not signed or not a PDF */
    public record Attachment(int componentIndex, String fileName, String sha256, String contentType, long size,
                             String signatureVerdict) {
    }
}
