package vn.congso.conversion.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.BiFunction;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ocr.OcrWord;
import vn.congso.shared.CongsoException;

/**
 * Writes a scan as PDF/A-2b: each page image embedded losslessly at its own size, the marker band
 * below it, an invisible OCR text layer over it, the sRGB output intent and the PDF/A identification
 * in XMP. Pages are processed one at a time so a long scan is not held decoded in memory.
 */
public final class PdfAWriter {

    /** Smallest page width, so the marker stays readable below a narrow scan. */
    static final float MIN_WIDTH = 420f;
    private static final String SRGB = "sRGB IEC61966-2.1";

    /**
     * The written PDF, how many of its pages received a text layer, and the free slot for the signature on
     * the first page, in points from that page's top-left corner.
     */
    public record Result(byte[] pdf, int pages, int pagesWithText, float[] signatureSlot) {
    }

    private PdfAWriter() {
    }

    /**
     * @param marker paragraphs of the marker, stamped below every page
     * @param qrText content of the QR code, or null for none
     * @param ocr    words of a page image at the given dpi, or empty when OCR is off or fails
     */
    public static Result write(ScanSource scan, String title, List<String> marker, String qrText,
                               BiFunction<BufferedImage, Integer, Optional<List<OcrWord>>> ocr, Calendar created) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = MarkerBand.font(document);
            int withText = 0;
            float[] slot = null;
            for (int i = 0; i < scan.pageCount(); i++) {
                BufferedImage image = scan.page(i);
                float scale = 72f / scan.dpi();
                float imageWidth = image.getWidth() * scale;
                float imageHeight = image.getHeight() * scale;
                float width = Math.max(imageWidth, MIN_WIDTH);
                MarkerBand band = i == 0 ? MarkerBand.withSignatureSlot(font, marker, qrText, width)
                        : MarkerBand.of(font, marker, qrText, width);
                float bandHeight = band.height();
                PDPage page = new PDPage(new PDRectangle(width, imageHeight + bandHeight));
                document.addPage(page);
                if (i == 0) {
                    float pageHeight = imageHeight + bandHeight;
                    slot = new float[] {band.signatureSlotX(), pageHeight - MarkerBand.PADDING - MarkerBand.SIGNATURE_HEIGHT,
                            MarkerBand.SIGNATURE_WIDTH, MarkerBand.SIGNATURE_HEIGHT};
                }
                PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
                Optional<List<OcrWord>> words = ocr.apply(image, scan.dpi());
                withText += words.isPresent() ? 1 : 0;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xObject, 0, bandHeight, imageWidth, imageHeight);
                    if (words.isPresent()) {
                        textLayer(content, font, words.get(), scale, bandHeight + imageHeight);
                    }
                    band.draw(content, 0, 0);
                }
            }
            pdfa(document, title, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new Result(out.toByteArray(), scan.pageCount(), withText, slot);
        } catch (IOException | TransformerException | BadFieldValueException e) {
            throw new CongsoException(ConversionError.OUTPUT_FILE_FAILED, e);
        }
    }

    /** Invisible text (rendering mode 3) over each recognised word, stretched to the word's box. */
    private static void textLayer(PDPageContentStream content, PDFont font, List<OcrWord> words, float scale,
                                  float top) throws IOException {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (OcrWord word : words) {
            float boxWidth = (word.x1() - word.x0()) * scale;
            float size = Math.max(1f, (word.y1() - word.y0()) * scale);
            float natural;
            try {
                natural = font.getStringWidth(word.text()) / 1000f * size;
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (natural <= 0 || boxWidth <= 0) {
                continue;
            }
            content.setFont(font, size);
            content.setHorizontalScaling(100f * boxWidth / natural);
            content.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, word.x0() * scale,
                    top - word.y1() * scale));
            content.showText(word.text());
        }
        content.endText();
    }

    private static void pdfa(PDDocument document, String title, Calendar created)
            throws IOException, TransformerException, BadFieldValueException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        id.setConformance("B");
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator("congso");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setCreatorTool("congso");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, xml, true);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("congso");
        document.getDocumentInformation().setCreationDate(created);

        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /** A calendar in Vietnam time, as PDF dates and XMP show it. */
    public static Calendar vietnamCalendar(java.time.Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return calendar;
    }
}
