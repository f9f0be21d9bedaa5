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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
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
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ocr.OcrImage;
import vn.congso.conversion.ocr.OcrWord;
import org.apache.pdfbox.util.Matrix;
import vn.congso.shared.CongsoException;

/**
 * Writes a scan as PDF/A-2b: each page image (the PDF's own image stream when the page is one scanned
 * image, otherwise rendered and embedded losslessly), the marker band below it, an invisible OCR text
 * layer over it, the sRGB output intent and the PDF/A identification in XMP, saved once. Pages are
 * processed one at a time (OCR of a page, on its own thread, overlapping the next page's preparation and
 * OCR), so a long scan is not held decoded in memory.
 */
public final class PdfAWriter {

    /** Smallest page width, so the marker stays readable below a narrow scan. */
    static final float MIN_WIDTH = 420f;
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * Pages recognised at once: one single-threaded Tesseract process per core, so two pages' OCR overlap
     * each other and the PDF work of the next page.
     */
    static final int OCR_PARALLELISM = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final ThreadFactory OCR_THREADS = task -> {
        Thread thread = new Thread(task, "congso-ocr");
        thread.setDaemon(true);
        return thread;
    };

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
     * @param ocr    words of a page image, or empty when OCR fails; null when OCR is off. It runs on its own
     *               thread, up to {@link #OCR_PARALLELISM} pages at a time, while this one prepares the next page.
     */
    public static Result write(ScanSource scan, String title, List<String> marker, String qrText,
                               Function<OcrImage, Optional<List<OcrWord>>> ocr, Calendar created) {
        ExecutorService ocrThread = ocr == null ? null : Executors.newFixedThreadPool(OCR_PARALLELISM, OCR_THREADS);
        TrueTypeFont parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PDFont font = ParsedFonts.embed(document, parsed);
            PDImageXObject qr = MarkerBand.qrCode(document, qrText);
            int withText = 0;
            float[] slot = null;
            PreparedPage previous = null;
            for (int i = 0; i < scan.pageCount(); i++) {
                PreparedPage page = prepare(document, scan, i, font, marker, qr, ocr, ocrThread);
                if (i == 0) {
                    slot = new float[] {page.band.signatureSlotX(),
                            page.page.getMediaBox().getHeight() - MarkerBand.PADDING - MarkerBand.SIGNATURE_HEIGHT,
                            MarkerBand.SIGNATURE_WIDTH, MarkerBand.SIGNATURE_HEIGHT};
                }
                if (previous != null) {
                    withText += previous.finish(document, font);
                }
                previous = page;
            }
            withText += previous.finish(document, font);
            pdfa(document, title, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new Result(out.toByteArray(), scan.pageCount(), withText, slot);
        } catch (IOException e) {
            throw new CongsoException(ConversionError.OUTPUT_FILE_FAILED, e);
        } finally {
            ParsedFonts.giveBack(parsed);
            if (ocrThread != null) {
                ocrThread.shutdownNow();
            }
        }
    }

    /**
     * Adds the page with its image placed and starts its OCR. A page that is one scanned image keeps that
     * image's stream unchanged (no decoding, no re-encoding); any other page is rendered at the scan's
     * resolution and embedded losslessly.
     */
    private static PreparedPage prepare(PDDocument document, ScanSource scan, int index, PDFont font,
                                        List<String> marker, PDImageXObject qr,
                                        Function<OcrImage, Optional<List<OcrWord>>> ocr, ExecutorService ocrThread)
            throws IOException {
        Optional<EmbeddedScan> embedded = scan.embedded(index);
        PDImageXObject xObject;
        Matrix placement;
        float pageWidth;
        float pageHeight;
        OcrImage ocrImage = null;
        if (embedded.isPresent()) {
            xObject = embedded.get().image();
            placement = embedded.get().placement();
            pageWidth = embedded.get().pageSize().getWidth();
            pageHeight = embedded.get().pageSize().getHeight();
            if (ocr != null) {
                ocrImage = embedded.get().forOcr();
            }
        } else {
            BufferedImage image = scan.page(index);
            float scale = 72f / scan.dpi();
            pageWidth = image.getWidth() * scale;
            pageHeight = image.getHeight() * scale;
            placement = new Matrix(pageWidth, 0, 0, pageHeight, 0, 0);
            if (ocr != null) {
                ocrImage = OcrImage.of(image, scan.dpi());
            }
            xObject = LosslessFactory.createFromImage(document, image);
        }
        OcrImage input = ocrImage;
        Future<Optional<List<OcrWord>>> words = input == null ? CompletableFuture.completedFuture(Optional.empty())
                : ocrThread.submit(() -> ocr.apply(input));
        float width = Math.max(pageWidth, MIN_WIDTH);
        MarkerBand band = index == 0 ? MarkerBand.withSignatureSlot(font, marker, qr, width)
                : MarkerBand.of(font, marker, qr, width);
        PDPage page = new PDPage(new PDRectangle(width, pageHeight + band.height()));
        document.addPage(page);
        return new PreparedPage(page, band, xObject, placement, words);
    }

    /** A page whose image is placed and whose OCR may still be running. */
    private record PreparedPage(PDPage page, MarkerBand band, PDImageXObject image, Matrix placement,
                                Future<Optional<List<OcrWord>>> words) {

        /** Draws the scan above the band, the text layer over it and the band; 1 when the page got text. */
        int finish(PDDocument document, PDFont font) throws IOException {
            Optional<List<OcrWord>> recognised = await(words);
            float bandHeight = band.height();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // the scan exactly as the source page drew it, moved up above the band
                Matrix above = Matrix.getTranslateInstance(0, bandHeight);
                content.drawImage(image, placement.multiply(above));
                if (recognised.isPresent()) {
                    textLayer(content, font, recognised.get(), image.getWidth(), image.getHeight(), placement,
                            bandHeight);
                }
                band.draw(content, 0, 0);
            }
            return recognised.isPresent() ? 1 : 0;
        }
    }

    private static Optional<List<OcrWord>> await(Future<Optional<List<OcrWord>>> words) {
        try {
            return words.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            // OCR helps search; a page it failed on is kept without a text layer (register: PARTIAL)
            return Optional.empty();
        }
    }

    /**
     * Invisible text (rendering mode 3) over each recognised word, stretched to the word's box. Word boxes
     * are in image pixels from the top-left; the placement maps the image onto the scan area, which starts
     * {@code bandHeight} above the page's bottom.
     */
    private static void textLayer(PDPageContentStream content, PDFont font, List<OcrWord> words, int imageWidth,
                                  int imageHeight, Matrix placement, float bandHeight) throws IOException {
        float scaleX = placement.getScaleX() / imageWidth;
        float scaleY = placement.getScaleY() / imageHeight;
        float imageTop = bandHeight + placement.getTranslateY() + placement.getScaleY();
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (OcrWord word : words) {
            float boxWidth = (word.x1() - word.x0()) * scaleX;
            float size = Math.max(1f, (word.y1() - word.y0()) * scaleY);
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
            content.setTextMatrix(new Matrix(1, 0, 0, 1, placement.getTranslateX() + word.x0() * scaleX,
                    imageTop - word.y1() * scaleY));
            content.showText(word.text());
        }
        content.endText();
    }

    /**
     * The PDF/A identification and the document information in XMP (ISO 19005-2 §6.6), matching the Info
     * dictionary. Ten fixed lines with two values: filled in here, because building them through xmpbox's
     * DOM and XSLT serializer took a quarter of writing a converted document.
     */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <pdfaid:part>2</pdfaid:part>
            <pdfaid:conformance>B</pdfaid:conformance>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>congso</rdf:li></rdf:Seq></dc:creator>
            <xmp:CreateDate>%s</xmp:CreateDate>
            <xmp:CreatorTool>congso</xmp:CreatorTool>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";

    private static void pdfa(PDDocument document, String title, Calendar created) throws IOException {
        String createDate = created.toInstant().atZone(created.getTimeZone().toZoneId())
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(String.format(java.util.Locale.ROOT, XMP, xml(title), createDate)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("congso");
        document.getDocumentInformation().setCreationDate(created);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A calendar in Vietnam time, as PDF dates and XMP show it. */
    public static Calendar vietnamCalendar(java.time.Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return calendar;
    }
}
