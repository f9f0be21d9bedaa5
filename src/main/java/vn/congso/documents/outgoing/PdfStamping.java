package vn.congso.documents.outgoing;

import vn.congso.shared.pdf.VietnameseFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SignaturePlacement;

/**
 * Finds the blanks of a rendered document and fills them after signing. The number and the date are
 * given by the clerk once the competent person has signed (NĐ30 Đ15 k1, Đ16): they are written in an
 * incremental update, so the signer's signature still covers the revision the signer saw and reports
 * the addition.
 */
public final class PdfStamping {

    /** A line of text on a page: its first glyph's top-left corner, in points from the page's top-left. */
    public record Located(int page, float x, float top, float baseline, float width) {
    }

    private PdfStamping() {
    }

    /** Where the first line containing {@code needle} starts; lines searched from the end if {@code last}. */
    public static Optional<Located> find(byte[] pdf, String needle, boolean last) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Located> hits = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    StringBuilder glyphs = new StringBuilder();
                    List<Integer> owner = new ArrayList<>();
                    for (int i = 0; i < positions.size(); i++) {
                        String unicode = positions.get(i).getUnicode();
                        for (int c = 0; c < unicode.length(); c++) {
                            owner.add(i);
                        }
                        glyphs.append(unicode);
                    }
                    int at = glyphs.indexOf(needle);
                    if (at >= 0) {
                        TextPosition first = positions.get(owner.get(at));
                        TextPosition end = positions.get(owner.get(at + needle.length() - 1));
                        hits.add(new Located(getCurrentPageNo(), first.getXDirAdj(),
                                first.getYDirAdj() - first.getHeightDir(), first.getYDirAdj(),
                                end.getXDirAdj() + end.getWidthDirAdj() - first.getXDirAdj()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return hits.isEmpty() ? Optional.empty() : Optional.of(last ? hits.get(hits.size() - 1) : hits.get(0));
        } catch (IOException e) {
            throw new CongsoException(DocumentsError.INVALID_FILE, e.getMessage());
        }
    }

    /**
     * Where the signer's signature goes: in the blank between the signer's title and name (NĐ30 Phụ
     * lục I mục II.8), centred over the name.
     */
    public static SignaturePlacement signerPlacement(byte[] pdf, String signerName) {
        Located name = find(pdf, signerName, true)
                .orElseThrow(() -> new CongsoException(DocumentsError.REQUIRED, signerName));
        // narrower than the default so the seal, a third over to the left, stays clear of "Nơi nhận"
        float width = 170;
        float height = 60;
        float x = Math.max(0, name.x() + name.width() / 2 - width / 2);
        return SignaturePlacement.at(name.page(), x, Math.max(0, name.top() - height - 4), width, height);
    }

    /**
     * The agency's seal goes over the left third of the signer's signature (NĐ30 Phụ lục I mục II.8 b:
     * the seal covers about a third of the signature, to its left).
     */
    public static SignaturePlacement sealPlacement(SignaturePlacement signer) {
        return SignaturePlacement.sealOver(signer);
    }

    /** Writes the number after "Số:" and the day and month after "ngày" and "tháng", as an incremental update. */
    public static byte[] stampNumberAndDate(byte[] pdf, String numberLabel, String number, String dayLabel,
                                            String day, String monthLabel, String month) {
        Located numberAt = find(pdf, numberLabel, false).orElseThrow(
                () -> new CongsoException(DocumentsError.REQUIRED, numberLabel));
        Located dayAt = find(pdf, dayLabel, false).orElseThrow(() -> new CongsoException(DocumentsError.REQUIRED, dayLabel));
        Located monthAt = find(pdf, monthLabel, false).orElseThrow(
                () -> new CongsoException(DocumentsError.REQUIRED, monthLabel));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(numberAt.page() - 1);
            PDType0Font dejaVu = VietnameseFont.embed(document);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                write(content, dejaVu, number, numberAt.x() + numberAt.width() + 4, height - numberAt.baseline());
                write(content, dejaVu, day, dayAt.x() + dayAt.width() + 4, height - dayAt.baseline());
                write(content, dejaVu, month, monthAt.x() + monthAt.width() + 4, height - monthAt.baseline());
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new CongsoException(DocumentsError.RENDER_FAILED, e.getMessage());
        }
    }

    private static void write(PDPageContentStream content, PDType0Font font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
