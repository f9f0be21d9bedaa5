package vn.congso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** The hash rule of the chain: SHA-256 over the previous hash and every field, each length-prefixed. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, long id, Instant occurredAt, String actor, String action,
                       String objectType, String objectId, String details, String remoteAddress) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(id),
                occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor, action, objectType, objectId,
                details, remoteAddress}) {
            // length prefix: no two different field lists give the same text
            canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean matches(AuditEntry e) {
        return e.hash().equals(hash(e.previousHash(), e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                e.objectId(), e.details(), e.remoteAddress()));
    }
}
