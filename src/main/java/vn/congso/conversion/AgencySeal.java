package vn.congso.conversion;

/**
 * The agency's digital signature on converted documents (NĐ137 Đ4 k2 đ). The signing module's facade
 * satisfies it through an adapter; without one, documents are registered as {@link SignatureStatus#NOT_SIGNED}.
 */
public interface AgencySeal {

    /** Whether {@link #seal} really signs. */
    boolean available();

    /** The PDF signed with the agency's key (a new byte array; the input stays untouched). */
    byte[] seal(byte[] pdf);

    /** The status of the signatures the PDF carries. */
    SignatureStatus check(byte[] pdf);
}
