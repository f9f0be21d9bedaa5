package vn.congso.signing.pdf;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxDSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.DSSFontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a visible signature of an image beside lines of text, so that the image ends exactly at
 * the rectangle's edge: the seal at the right end of the agency's signature (where it covers the
 * signer's), the handwritten signature at the left of the signer's. DSS puts text and image side by
 * side but centres the image in what the text leaves; so the text is wrapped and sized here with the
 * very font metrics DSS uses, and the image is drawn on a transparent canvas of exactly the shape DSS
 * gives it, flush against the chosen edge.
 */
final class ImageBesideText {

    /** NĐ30/2020 Phụ lục I: size 10; smaller only when a long name would not fit otherwise. */
    static final float LARGEST = 10;
    private static final float SMALLEST = 6;
    private static final float STEP = 0.5f;
    /** Canvas pixels per PDF point: about 290 dpi, enough for print. */
    private static final int PIXELS_PER_POINT = 4;
    private static volatile Metrics cached;

    /** Text as DSS is to draw it (lines, size) and the canvas image for the rest of the rectangle. */
    record Layout(String text, float fontSize, byte[] canvas) {
    }

    private record Metrics(byte[] font, DSSFontMetrics metrics) {
    }

    private ImageBesideText() {
    }

    static Layout layout(byte[] font, Appearance shown, float width, float height, float padding) {
        DSSFontMetrics metrics = metrics(font);
        // the image gets at most a square of the rectangle's height (a seal is round), at most half the width
        float imageSide = Math.min(height, width / 2);
        float textRoom = width - imageSide - 2 * padding;
        float size = LARGEST;
        String text = wrap(metrics, shown.text(), size, textRoom);
        while (size > SMALLEST && !fits(metrics, text, size, textRoom, height - 2 * padding)) {
            size -= STEP;
            text = wrap(metrics, shown.text(), size, textRoom);
        }
        AnnotationBox box = metrics.computeTextBoundaryBox(text, size);
        float textWidth = box.getWidth() + 2 * padding;
        return new Layout(text, size, canvas(shown, width - textWidth, height));
    }

    private static boolean fits(DSSFontMetrics metrics, String text, float size, float width, float height) {
        AnnotationBox box = metrics.computeTextBoundaryBox(text, size);
        return box.getWidth() <= width && box.getHeight() <= height;
    }

    /** Breaks each line at spaces so none is wider than {@code width}, where the words allow. */
    private static String wrap(DSSFontMetrics metrics, String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && metrics.getWidth(candidate, size) > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return String.join("\n", lines);
    }

    /** The image scaled into a transparent canvas of the given shape, flush with its side. */
    private static byte[] canvas(Appearance shown, float width, float height) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(shown.image()));
            int canvasWidth = Math.max(1, Math.round(width * PIXELS_PER_POINT));
            int canvasHeight = Math.max(1, Math.round(height * PIXELS_PER_POINT));
            double scale = Math.min((double) canvasHeight / source.getHeight(), (double) canvasWidth / source.getWidth());
            int drawnWidth = (int) Math.round(source.getWidth() * scale);
            int drawnHeight = (int) Math.round(source.getHeight() * scale);
            int x = shown.imageSide() == Appearance.Side.RIGHT ? canvasWidth - drawnWidth : 0;
            BufferedImage canvas = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = canvas.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(source, x, (canvasHeight - drawnHeight) / 2, drawnWidth, drawnHeight, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(canvas, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DSS's metrics of the font, loaded once (the module signs with one font). */
    private static DSSFontMetrics metrics(byte[] font) {
        Metrics current = cached;
        if (current != null && java.util.Arrays.equals(current.font(), font)) {
            return current.metrics();
        }
        try {
            // the document only parses the font; the metrics keep the parsed font
            PDDocument scratch = new PDDocument();
            PDType0Font loaded = PDType0Font.load(scratch, new ByteArrayInputStream(font), false);
            current = new Metrics(font, new PdfBoxDSSFontMetrics(loaded));
            cached = current;
            return current.metrics();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
