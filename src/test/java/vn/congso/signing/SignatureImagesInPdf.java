package vn.congso.signing;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.util.Matrix;

/**
 * Where the images of each visible signature land on the page, as a PDF reader paints them: PDFBox
 * runs the widget's appearance stream with the transformation from its bounding box to the widget's
 * rectangle, and every image XObject drawn is recorded with its rectangle in page coordinates.
 */
public final class SignatureImagesInPdf {

    /** One visible signature: its rectangle on the page and the images its appearance draws. */
    public record Drawn(String field, Rectangle2D.Float rectangle, List<Image> images) {
    }

    /**
     * An image drawn: its rectangle in page points (origin bottom left), and the part of it a reader
     * sees, the rectangle of its non-transparent pixels (null when it is all transparent).
     */
    public record Image(Rectangle2D.Float rectangle, Rectangle2D.Float visible) {
    }

    private SignatureImagesInPdf() {
    }

    public static List<Drawn> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Drawn> drawn = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDPage page = widget.getPage() != null ? widget.getPage() : document.getPage(0);
                Recorder recorder = new Recorder();
                recorder.processPage(page);
                recorder.images.clear();
                recorder.showAnnotation(widget);
                PDRectangle r = widget.getRectangle();
                drawn.add(new Drawn(field.getPartialName(),
                        new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()),
                        List.copyOf(recorder.images)));
            }
            return drawn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-transparent pixels' bounding box, mapped into the drawn rectangle (image rows run downwards). */
    private static Rectangle2D.Float visible(BufferedImage pixels, Rectangle2D.Float drawn) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                if ((pixels.getRGB(x, y) >>> 24) > 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return null;
        }
        float sx = drawn.width / pixels.getWidth();
        float sy = drawn.height / pixels.getHeight();
        return new Rectangle2D.Float(drawn.x + minX * sx, drawn.y + (pixels.getHeight() - maxY - 1) * sy,
                (maxX - minX + 1) * sx, (maxY - minY + 1) * sy);
    }

    private static final class Recorder extends PDFStreamEngine {

        private final List<Image> images = new ArrayList<>();

        Recorder() {
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new DrawObject(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDXObject object = getResources().getXObject(name);
                if (object instanceof PDImageXObject image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    Rectangle2D.Float drawn = new Rectangle2D.Float(ctm.getTranslateX(), ctm.getTranslateY(),
                            ctm.getScalingFactorX(), ctm.getScalingFactorY());
                    images.add(new Image(drawn, visible(image.getImage(), drawn)));
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
