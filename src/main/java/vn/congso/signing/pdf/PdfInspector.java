package vn.congso.signing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/** Tells a readable PDF from a file that is not one, needs a password, or is broken, before DSS sees it. */
public final class PdfInspector {

    /** PDF 2.0 (ISO 32000-2 §7.5.2) lets readers look for the header in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private PdfInspector() {
    }

    /** Page count and the size of each page, of a PDF that opens without a password. */
    public record PdfFacts(int pages, java.util.List<PDRectangle> pageSizes) {
    }

    public static PdfFacts inspect(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new CongsoException(SigningError.EMPTY_FILE);
        }
        if (!hasHeader(pdf)) {
            throw new CongsoException(SigningError.NOT_A_PDF);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.List<PDRectangle> sizes = new java.util.ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(page.getCropBox());
            }
            if (sizes.isEmpty()) {
                throw new CongsoException(SigningError.CORRUPT_PDF);
            }
            return new PdfFacts(sizes.size(), java.util.List.copyOf(sizes));
        } catch (InvalidPasswordException e) {
            throw new CongsoException(SigningError.ENCRYPTED_PDF, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CongsoException known) {
                throw known;
            }
            throw new CongsoException(SigningError.CORRUPT_PDF, e);
        }
    }

    private static boolean hasHeader(byte[] pdf) {
        String start = new String(pdf, 0, Math.min(pdf.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }
}
