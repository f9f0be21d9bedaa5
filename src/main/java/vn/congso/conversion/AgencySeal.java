package vn.congso.conversion;

/**
 * The agency's digital signature on converted documents (NĐ137 Đ4 k2 đ). In this installation the
 * signing module provides it ({@code conversion.signature.SigningAgencySeal}); without any, documents
 * are registered as {@link SignatureStatus#NOT_SIGNED}.
 */
public interface AgencySeal {

    /** Where the visible signature goes: a page (1-based) and a rectangle in points from the page's top-left corner. */
    record Slot(int page, float x, float y, float width, float height) {
    }

    /** Whether {@link #seal} really signs. */
    boolean available();

    /** The PDF signed with the agency's key (a new byte array; the input stays untouched). */
    byte[] seal(byte[] pdf, Slot slot);

    /** The status of the signatures the PDF carries. */
    SignatureStatus check(byte[] pdf);
}
