package vn.congso.signing;

import java.time.Instant;

/** A root certificate an administrator trusts for validation (e.g. Vietnam's national root CA). */
public record TrustAnchor(
        long id,
        String subject,
        String issuer,
        String serialNumber,
        String sha256,
        Instant notBefore,
        Instant notAfter,
        String addedBy,
        Instant addedAt) {
}
