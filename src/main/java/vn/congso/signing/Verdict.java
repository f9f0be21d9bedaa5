package vn.congso.signing;

/** Overall result of validating a document, from the ETSI EN 319 102-1 indications DSS reports. */
public enum Verdict {
    /** hợp lệ: TOTAL_PASSED. */
    VALID,
    /** không hợp lệ: TOTAL_FAILED. */
    INVALID,
    /** không xác định: INDETERMINATE (e.g. the signer's certificate does not lead to a trusted anchor). */
    INDETERMINATE,
    /** The document carries no signature at all. */
    NOT_SIGNED;

    public String messageKey() {
        return "signing.verdict." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
