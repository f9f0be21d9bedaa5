package vn.congso.conversion.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.congso.shared.pdf.QrCodes;

/**
 * The band added below a page that carries the marker (ký hiệu riêng) as text and, when the agency
 * chooses it, a QR code: NĐ137 Đ4 k1 a and Đ5 k2 a. The band is added around the page, never drawn
 * over it, so the page itself stays complete (Đ4 k2 a, Đ5 k3 a).
 */
public final class MarkerBand {

    public static final float FONT_SIZE = 7f;
    public static final float LEADING = 8.6f;
    public static final float PADDING = 6f;
    public static final float QR_SIZE = 64f;
    /** Room kept free in the band for the agency's visible signature (NĐ137 Đ4 k2 đ). */
    public static final float SIGNATURE_WIDTH = 190f;
    public static final float SIGNATURE_HEIGHT = 58f;

    private final PDFont font;
    private final List<String> lines;
    private final PDImageXObject qr;
    private final float width;
    private final boolean signatureSlot;

    private MarkerBand(PDFont font, List<String> paragraphs, PDImageXObject qr, float width, boolean signatureSlot) {
        this.font = font;
        this.qr = qr;
        this.width = width;
        this.signatureSlot = signatureSlot;
        float textWidth = width - 2 * PADDING - (qr == null ? 0 : QR_SIZE + PADDING)
                - (signatureSlot ? SIGNATURE_WIDTH + PADDING : 0);
        this.lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(font, paragraph, textWidth));
        }
    }

    /**
     * The QR code as a 1-bit image, made once per document and shared by its pages: a few hundred bytes,
     * drawn without interpolation, so every module stays a sharp square at any print resolution.
     *
     * @return null when {@code text} is null (the agency shows no QR code)
     */
    public static PDImageXObject qrCode(PDDocument document, String text) {
        if (text == null) {
            return null;
        }
        BufferedImage image = QrCodes.image(text, 1);
        try {
            return LosslessFactory.createFromImage(document, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param qr the document's QR code ({@link #qrCode}), or null for none */
    public static MarkerBand of(PDFont font, List<String> paragraphs, PDImageXObject qr, float width) {
        return new MarkerBand(font, paragraphs, qr, width, false);
    }

    /** A band that keeps {@link #signatureSlot} free for the visible signature, left of the QR code. */
    public static MarkerBand withSignatureSlot(PDFont font, List<String> paragraphs, PDImageXObject qr, float width) {
        return new MarkerBand(font, paragraphs, qr, width, true);
    }

    public float height() {
        float text = lines.size() * LEADING + 2 * PADDING;
        float qrHeight = qr == null ? 0 : QR_SIZE + 2 * PADDING;
        return Math.max(Math.max(text, qrHeight), signatureSlot ? SIGNATURE_HEIGHT + 2 * PADDING : 0);
    }

    /** Lower-left x of the signature slot in a band drawn at x = 0 (the slot's bottom is at {@link #PADDING}). */
    public float signatureSlotX() {
        return width - PADDING - (qr == null ? 0 : QR_SIZE + PADDING) - SIGNATURE_WIDTH;
    }

    /** Draws the band with its lower-left corner at (x, y). */
    public void draw(PDPageContentStream content, float x, float y) throws IOException {
        float top = y + height() - PADDING;
        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.newLineAtOffset(x + PADDING, top - FONT_SIZE);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -LEADING);
            }
            content.showText(lines.get(i));
        }
        content.endText();
        if (qr != null) {
            content.drawImage(qr, x + width - PADDING - QR_SIZE, top - QR_SIZE, QR_SIZE, QR_SIZE);
        }
    }

    /** Greedy line breaking; widths add up word by word (PDFBox measures without kerning). */
    static List<String> wrap(PDFont font, String paragraph, float maxWidth) {
        List<String> result = new ArrayList<>();
        float space = width(font, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" ")) {
            float wordWidth = width(font, word);
            if (!line.isEmpty() && lineWidth + space + wordWidth > maxWidth) {
                result.add(line.toString());
                line = new StringBuilder(word);
                lineWidth = wordWidth;
            } else if (line.isEmpty()) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
            }
        }
        if (!line.isEmpty()) {
            result.add(line.toString());
        }
        return result;
    }

    private static float width(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000f * FONT_SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
