package vn.congso.conversion.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A page image handed to Tesseract: how to write it as a file Tesseract reads, the file's suffix and
 * the resolution the image was scanned at.
 */
public record OcrImage(String suffix, int dpi, Writer writer) {

    /** Writes the image file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A decoded image, written as PNM: uncompressed, so writing and reading it costs next to nothing. */
    public static OcrImage of(BufferedImage image, int dpi) {
        return new OcrImage(".pnm", dpi, out -> Pnm.write(image, out));
    }
}
