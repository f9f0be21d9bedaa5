package vn.congso.signing.pdf;

/**
 * What a visible signature shows: lines of text and, optionally, an image beside them.
 *
 * @param text      lines separated by {@code \n}
 * @param image     a PNG (the seal, or the signer's handwritten signature), or null
 * @param imageSide where the image sits in the signature's rectangle; the text takes the other side
 */
public record Appearance(String text, byte[] image, Side imageSide) {

    /** Side of the rectangle the image takes. */
    public enum Side {
        /** The signer's handwritten signature, whose left third the agency's seal covers. */
        LEFT,
        /** The agency's seal, at the right end so it covers the left third of the signer's signature. */
        RIGHT
    }

    public static Appearance text(String text) {
        return new Appearance(text, null, null);
    }
}
