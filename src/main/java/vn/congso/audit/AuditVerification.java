package vn.congso.audit;

/**
 * The result of walking the chain.
 *
 * @param entries     how many entries were checked
 * @param firstBroken id of the first entry whose content, order or link does not match; null when intact
 * @param reason      why that entry is broken ({@code content}, {@code link}, {@code gap}); null when intact
 */
public record AuditVerification(long entries, Long firstBroken, String reason) {

    public boolean intact() {
        return firstBroken == null;
    }
}
