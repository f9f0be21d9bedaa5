/**
 * Tamper-evident audit log (nhật ký): who did what to which object and when, each entry chained to
 * the previous by a SHA-256 hash. Logins, logouts, failures, admin changes and every state change of
 * the other modules are recorded here, either through {@link vn.congso.audit.AuditLog} or by
 * publishing an event that implements {@link vn.congso.audit.Auditable}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.congso.audit;
