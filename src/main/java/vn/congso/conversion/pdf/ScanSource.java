package vn.congso.conversion.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.congso.conversion.ConversionError;
import vn.congso.shared.CongsoException;

/**
 * A scan opened for conversion, one page image at a time. Every check that can refuse the file (type
 * from the content, encryption, page count, page size in pixels) runs when it is opened, before any
 * page is decoded, so a refused file costs little and leaves nothing behind.
 */
public final class ScanSource implements Closeable {

    /** What the content is, whatever the upload's name or declared type says. */
    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"), TIFF("image/tiff");

        public final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private final Kind kind;
    private final int dpi;
    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final ImageReader reader;
    private final ImageInputStream imageInput;
    private final int pages;

    private ScanSource(Kind kind, int dpi, PDDocument pdf, ImageReader reader, ImageInputStream imageInput, int pages) {
        this.kind = kind;
        this.dpi = dpi;
        this.pdf = pdf;
        this.renderer = pdf == null ? null : new PDFRenderer(pdf);
        this.reader = reader;
        this.imageInput = imageInput;
        this.pages = pages;
    }

    public static Kind sniff(byte[] content) {
        if (content.length == 0) {
            throw new CongsoException(ConversionError.EMPTY_FILE);
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Kind.PDF;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(content, 0x49, 0x49, 0x2A, 0x00) || startsWith(content, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Kind.TIFF;
        }
        throw new CongsoException(ConversionError.UNSUPPORTED_TYPE);
    }

    /** Opens and checks the file; throws a {@link ConversionError} when it cannot be converted. */
    public static ScanSource open(byte[] content, int dpi, int maxPages, long maxPagePixels) {
        Kind kind = sniff(content);
        return kind == Kind.PDF ? openPdf(content, dpi, maxPages, maxPagePixels)
                : openImage(kind, content, dpi, maxPages, maxPagePixels);
    }

    private static ScanSource openPdf(byte[] content, int dpi, int maxPages, long maxPagePixels) {
        PDDocument document;
        try {
            document = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new CongsoException(ConversionError.ENCRYPTED_PDF, e);
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
        try {
            // An owner password restricts copying and printing; converting would strip that restriction.
            if (document.isEncrypted()) {
                throw new CongsoException(ConversionError.ENCRYPTED_PDF);
            }
            int pages = document.getNumberOfPages();
            checkPageCount(pages, maxPages);
            int number = 1;
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getCropBox();
                long width = Math.round(box.getWidth() * dpi / 72.0);
                long height = Math.round(box.getHeight() * dpi / 72.0);
                checkPixels(number++, width, height, maxPagePixels);
            }
            return new ScanSource(Kind.PDF, dpi, document, null, null, pages);
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e instanceof CongsoException c ? c : new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
    }

    private static ScanSource openImage(Kind kind, byte[] content, int dpi, int maxPages, long maxPagePixels) {
        ImageInputStream input = null;
        ImageReader reader = null;
        try {
            input = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new CongsoException(ConversionError.CORRUPT_FILE);
            }
            reader = readers.next();
            reader.setInput(input, false, true);
            int pages = kind == Kind.TIFF ? reader.getNumImages(true) : 1;
            checkPageCount(pages, maxPages);
            for (int i = 0; i < pages; i++) {
                // Dimensions come from the header: a decompression bomb is refused before it is decoded.
                checkPixels(i + 1, reader.getWidth(i), reader.getHeight(i), maxPagePixels);
            }
            return new ScanSource(kind, dpi, null, reader, input, pages);
        } catch (CongsoException e) {
            dispose(reader, input);
            throw e;
        } catch (IOException | RuntimeException e) {
            dispose(reader, input);
            throw new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
    }

    private static void checkPageCount(int pages, int maxPages) {
        if (pages <= 0) {
            throw new CongsoException(ConversionError.NO_PAGES);
        }
        if (pages > maxPages) {
            throw new CongsoException(ConversionError.TOO_MANY_PAGES, pages, maxPages);
        }
    }

    private static void checkPixels(int page, long width, long height, long maxPagePixels) {
        if (width <= 0 || height <= 0 || width * height > maxPagePixels) {
            throw new CongsoException(ConversionError.PAGE_TOO_LARGE, page, width, height);
        }
    }

    public Kind kind() {
        return kind;
    }

    public int pageCount() {
        return pages;
    }

    public int dpi() {
        return dpi;
    }

    /**
     * The page (0-based) as its embedded scan image, when it is a PDF page showing one image and nothing
     * else: then the image is kept as it is instead of being rendered.
     */
    public Optional<EmbeddedScan> embedded(int index) {
        return pdf == null ? Optional.empty() : EmbeddedScan.of(pdf.getPage(index));
    }

    /** The page (0-based) as an image: grey when the scan has no colour, RGB otherwise. */
    public BufferedImage page(int index) {
        try {
            BufferedImage image = pdf != null ? renderer.renderImageWithDPI(index, dpi, ImageType.RGB)
                    : reader.read(index);
            return PageImages.normalise(image);
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
    }

    @Override
    public void close() {
        if (pdf != null) {
            closeQuietly(pdf);
        }
        dispose(reader, imageInput);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // closing an in-memory document cannot lose data
        }
    }

    private static void dispose(ImageReader reader, ImageInputStream input) {
        if (reader != null) {
            reader.dispose();
        }
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // in-memory stream
            }
        }
    }
}
