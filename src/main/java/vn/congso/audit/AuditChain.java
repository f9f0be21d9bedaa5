package vn.congso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash rule of the chain: SHA-256 over the previous hash and every field, each length-prefixed.
 * The database appends with the same rule ({@code audit_append}, V2_3): it prefixes the previous hash
 * and the id, both ASCII, to the {@link #tail} computed here, so the two can never disagree on how
 * the other fields are written.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, long id, Instant occurredAt, String actor, String action,
                       String objectType, String objectId, String details, String remoteAddress) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, previousHash);
        append(canonical, Long.toString(id));
        canonical.append(tail(occurredAt, actor, action, objectType, objectId, details, remoteAddress));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical text of everything but the previous hash and the id. */
    static String tail(Instant occurredAt, String actor, String action, String objectType, String objectId,
                       String details, String remoteAddress) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, action,
                objectType, objectId, details, remoteAddress}) {
            append(canonical, field);
        }
        return canonical.toString();
    }

    // length prefix: no two different field lists give the same text
    private static void append(StringBuilder canonical, String field) {
        canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('|');
    }

    static boolean matches(AuditEntry e) {
        return e.hash().equals(hash(e.previousHash(), e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                e.objectId(), e.details(), e.remoteAddress()));
    }
}
