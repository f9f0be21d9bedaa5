package vn.congso.audit;

import java.time.Instant;

/** One recorded action. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
                         String objectId, String details, String remoteAddress, String previousHash, String hash) {
}
