package vn.congso.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every generated PDF embeds: DejaVu Sans, shipped with the application (licence beside it
 * in {@code fonts/}), because a reader's machine may have no font with Vietnamese glyphs and PDF/A
 * allows embedded fonts only.
 */
public final class VietnameseFont {

    public static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private VietnameseFont() {
    }

    /** The regular weight's file, for libraries that take font bytes (DSS signature appearances). */
    public static byte[] regular() {
        return REGULAR.clone();
    }

    /** Embeds the regular weight, subset to the glyphs used, in a PDFBox document. */
    public static PDType0Font embed(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
    }

    static InputStream regularStream() {
        return new ByteArrayInputStream(REGULAR);
    }

    static InputStream boldStream() {
        return new ByteArrayInputStream(BOLD);
    }

    private static byte[] read(String resource) {
        try (InputStream in = VietnameseFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
