package vn.congso.signing;

/**
 * Where the visible signature goes: a page (1 is the first; {@link #LAST_PAGE} the last) and a
 * rectangle in PDF points measured from the page's top-left corner. A {@code null} position puts the
 * rectangle at the bottom right of the page, where signatures sit in Vietnamese administrative
 * documents (NĐ30/2020 Phụ lục I). A signature may cover an earlier one only when it is the
 * agency's seal over the signer's signature ({@link #sealOver}); otherwise an overlap is refused, so
 * no signature can hide another.
 */
public record SignaturePlacement(int page, Float x, Float y, float width, float height, boolean mayOverlap) {

    public static final int LAST_PAGE = 0;
    public static final float DEFAULT_WIDTH = 220;
    public static final float DEFAULT_HEIGHT = 64;
    /** Distance of the default rectangle from the page's right and bottom edges. */
    public static final float MARGIN = 36;

    public SignaturePlacement {
        if (page < 0 || width <= 0 || height <= 0 || (x == null) != (y == null)) {
            throw new IllegalArgumentException("page >= 0, positive size, both or neither of x and y");
        }
    }

    /** Last page, bottom right. */
    public static SignaturePlacement bottomRightOfLastPage() {
        return new SignaturePlacement(LAST_PAGE, null, null, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /** Bottom right of the given page (1-based). */
    public static SignaturePlacement bottomRightOf(int page) {
        return new SignaturePlacement(page, null, null, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /** An explicit rectangle (points, from the top-left corner) on the given page (1-based). */
    public static SignaturePlacement at(int page, float x, float y, float width, float height) {
        return new SignaturePlacement(page, x, y, width, height, false);
    }

    /**
     * The agency's seal over the left third of the signer's signature (NĐ30 Phụ lục I mục II.8 b): the
     * one placement that may cover an earlier signature field.
     */
    public static SignaturePlacement sealOver(SignaturePlacement signer) {
        if (signer.x() == null) {
            throw new IllegalArgumentException("the signer's signature needs an explicit position");
        }
        float width = signer.width();
        return new SignaturePlacement(signer.page(), Math.max(0, signer.x() - width * 2 / 3), signer.y(), width,
                signer.height(), true);
    }

}
