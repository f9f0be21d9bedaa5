package vn.congso.conversion;

import java.util.Locale;

/** The agency signature on a converted document as the register and the lookup page show it. */
public enum SignatureStatus {
    /** Signed and the signature validates. */
    VALID,
    /** Signed but the signature does not validate (the file changed after signing). */
    INVALID,
    /** Signed; the validator cannot decide (e.g. untrusted certificate). */
    INDETERMINATE,
    /** No signature: the signing service is not available to this installation. */
    NOT_SIGNED,
    /** Signed; the validation of the signature just made has not finished yet. */
    PENDING;

    public String messageKey() {
        return "conversion.signature." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
