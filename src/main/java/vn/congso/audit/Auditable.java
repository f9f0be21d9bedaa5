package vn.congso.audit;

/**
 * An event that is recorded in the audit log when published, inside the publishing transaction:
 * if the state change rolls back, so does its audit entry.
 */
public interface Auditable {

    /** What happened, as a stable dotted code: {@code agency.profile.updated}. */
    String auditAction();

    String auditObjectType();

    String auditObjectId();

    /** A short human-readable description (no secrets, minimal personal data). */
    default String auditDetails() {
        return null;
    }
}
