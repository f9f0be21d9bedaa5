package vn.congso.conversion.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import vn.congso.conversion.ConversionError;
import vn.congso.shared.CongsoException;

/**
 * Prints a stored data message to paper (NĐ137 Đ5): each original page is placed whole and unaltered,
 * scaled to fit an A4 sheet above a marker band (k3 a, k3 c), and the band carries the marker, the
 * information system, its owner and the access information with its QR code (k1, k2 a, k3 b).
 */
public final class PaperCopyWriter {

    private static final float MARGIN = 24f;

    public record Result(byte[] pdf, int pages) {
    }

    private PaperCopyWriter() {
    }

    public static Result write(byte[] original, List<String> marker, String qrText) {
        org.apache.fontbox.ttf.TrueTypeFont parsed = ParsedFonts.borrow();
        try (PDDocument source = Loader.loadPDF(original); PDDocument paper = new PDDocument()) {
            PDFont font = ParsedFonts.embed(paper, parsed);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject qr = MarkerBand.qrCode(paper, qrText);
            LayerUtility layers = new LayerUtility(paper);
            int index = 0;
            for (PDPage sourcePage : source.getPages()) {
                PDFormXObject form = layers.importPageAsForm(source, index++);
                PDRectangle box = sourcePage.getCropBox();
                boolean landscape = rotated(sourcePage) ? box.getHeight() > box.getWidth()
                        : box.getWidth() > box.getHeight();
                PDRectangle sheet = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                        : PDRectangle.A4;
                PDPage page = new PDPage(sheet);
                paper.addPage(page);
                MarkerBand band = MarkerBand.of(font, marker, qr, sheet.getWidth() - 2 * MARGIN);
                float bandTop = MARGIN + band.height();
                float areaWidth = sheet.getWidth() - 2 * MARGIN;
                float areaHeight = sheet.getHeight() - MARGIN - bandTop;
                try (PDPageContentStream content = new PDPageContentStream(paper, page)) {
                    place(content, form, sourcePage, MARGIN, bandTop, areaWidth, areaHeight);
                    content.setStrokingColor(0.6f, 0.6f, 0.6f);
                    content.moveTo(MARGIN, bandTop);
                    content.lineTo(sheet.getWidth() - MARGIN, bandTop);
                    content.stroke();
                    band.draw(content, MARGIN, MARGIN);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            paper.save(out);
            return new Result(out.toByteArray(), index);
        } catch (IOException e) {
            throw new CongsoException(ConversionError.OUTPUT_FILE_FAILED, e);
        } finally {
            ParsedFonts.giveBack(parsed);
        }
    }

    /** The whole page, never cropped: scaled down (or up) uniformly and centred in the area. */
    private static void place(PDPageContentStream content, PDFormXObject form, PDPage page, float x, float y,
                              float width, float height) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean quarter = rotation == 90 || rotation == 270;
        float shownWidth = quarter ? box.getHeight() : box.getWidth();
        float shownHeight = quarter ? box.getWidth() : box.getHeight();
        float scale = Math.min(width / shownWidth, height / shownHeight);
        float offsetX = x + (width - shownWidth * scale) / 2;
        float offsetY = y + (height - shownHeight * scale) / 2;
        content.saveGraphicsState();
        content.addRect(offsetX, offsetY, shownWidth * scale, shownHeight * scale);
        content.clip();
        Matrix matrix = Matrix.getTranslateInstance(offsetX, offsetY);
        matrix.concatenate(Matrix.getScaleInstance(scale, scale));
        // LayerUtility already turns the page by its /Rotate and moves its crop box to the origin.
        content.transform(matrix);
        content.drawForm(form);
        content.restoreGraphicsState();
    }

    private static boolean rotated(PDPage page) {
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        return rotation == 90 || rotation == 270;
    }
}
