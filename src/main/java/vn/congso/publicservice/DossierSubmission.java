package vn.congso.publicservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an applicant hands in.
 *
 * @param idempotencyKey chosen by the form when it is shown; the same key twice gives one dossier
 */
public record DossierSubmission(String procedureCode, Map<String, String> values, List<Upload> uploads,
                                String idempotencyKey) {

    public DossierSubmission {
        values = Map.copyOf(values);
        uploads = List.copyOf(uploads);
    }

    /** A file for the component at {@code componentIndex} (0-based, in the catalogue's order). */
    public record Upload(int componentIndex, String fileName, byte[] content) {
    }

    /**
     * The receipt (giấy tiếp nhận và hẹn trả kết quả, mẫu 01).
     *
     * @param lookupSecret printed on the receipt; with the code it opens the public status lookup
     * @param repeated     true when the idempotency key had been used: this is the earlier dossier
     */
    public record Receipt(String code, String lookupSecret, Instant receivedAt, Instant dueAt, boolean repeated) {
    }

    /** The applicant at the counter, when a clerk receives on their behalf. */
    public record Applicant(String fullName, String citizenId, String phone, String email) {
    }
}
