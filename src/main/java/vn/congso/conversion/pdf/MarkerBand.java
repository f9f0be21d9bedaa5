package vn.congso.conversion.pdf;

import vn.congso.shared.pdf.VietnameseFont;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

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
    private final String qrText;
    private final float width;
    private final boolean signatureSlot;

    private MarkerBand(PDFont font, List<String> paragraphs, String qrText, float width, boolean signatureSlot) {
        this.font = font;
        this.qrText = qrText;
        this.width = width;
        this.signatureSlot = signatureSlot;
        float textWidth = width - 2 * PADDING - (qrText == null ? 0 : QR_SIZE + PADDING)
                - (signatureSlot ? SIGNATURE_WIDTH + PADDING : 0);
        this.lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(font, paragraph, textWidth));
        }
    }

    /** The embedded font with Vietnamese glyphs; PDF/A allows only embedded fonts. */
    public static PDFont font(PDDocument document) {
        try {
            return VietnameseFont.embed(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MarkerBand of(PDFont font, List<String> paragraphs, String qrText, float width) {
        return new MarkerBand(font, paragraphs, qrText, width, false);
    }

    /** A band that keeps {@link #signatureSlot} free for the visible signature, left of the QR code. */
    public static MarkerBand withSignatureSlot(PDFont font, List<String> paragraphs, String qrText, float width) {
        return new MarkerBand(font, paragraphs, qrText, width, true);
    }

    public float height() {
        float text = lines.size() * LEADING + 2 * PADDING;
        float qr = qrText == null ? 0 : QR_SIZE + 2 * PADDING;
        return Math.max(Math.max(text, qr), signatureSlot ? SIGNATURE_HEIGHT + 2 * PADDING : 0);
    }

    /** Lower-left x of the signature slot in a band drawn at x = 0 (the slot's bottom is at {@link #PADDING}). */
    public float signatureSlotX() {
        return width - PADDING - (qrText == null ? 0 : QR_SIZE + PADDING) - SIGNATURE_WIDTH;
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
        if (qrText != null) {
            drawQr(content, qrText, x + width - PADDING - QR_SIZE, top - QR_SIZE, QR_SIZE);
        }
    }

    /** The QR code as vector squares: sharp at any print resolution. */
    static void drawQr(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2,
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException(e);
        }
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(x, y, size, size);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    static List<String> wrap(PDFont font, String paragraph, float maxWidth) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, candidate) > maxWidth) {
                result.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
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
