package vn.congso.publicservice;

/** Where a dossier stands (trạng thái hồ sơ). */
public enum DossierStatus {
    /** Being processed, at one of the procedure's steps. */
    PROCESSING,
    /** Waiting for the citizen to supplement it (mẫu 02); the clock is paused. */
    WAITING_SUPPLEMENT,
    /** Approved and signed; waiting to be returned at the last step. */
    RESULT_READY,
    /** Result returned. */
    FINISHED,
    /** Refused with a reason (mẫu 03). */
    REFUSED,
    /** Withdrawn at the citizen's request. */
    WITHDRAWN;

    public boolean open() {
        return this == PROCESSING || this == WAITING_SUPPLEMENT || this == RESULT_READY;
    }

    public String messageKey() {
        return "dossier.status." + name();
    }
}
