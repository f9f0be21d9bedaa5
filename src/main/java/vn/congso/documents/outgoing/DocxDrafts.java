package vn.congso.documents.outgoing;

import fr.opensagres.poi.xwpf.converter.xhtml.XHTMLConverter;
import fr.opensagres.poi.xwpf.converter.xhtml.XHTMLOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;
import vn.congso.shared.pdf.HtmlPdf;
import vn.congso.shared.pdf.VietnameseFont;

/**
 * A draft written in a word processor (DOCX) becomes the PDF that is approved and signed: POI reads the
 * document, XDocReport's XWPF converter writes it as XHTML, jsoup makes that well-formed, and the shared renderer sets it in the bundled
 * Vietnamese font (the document's own fonts, e.g. Times New Roman, are not installed, and a font without the
 * Vietnamese glyphs would drop letters such as "ạ", "ư", "đ").
 */
@Component
public class DocxDrafts {

    private static final Pattern FONT_FAMILY = Pattern.compile("font-family:[^;\"]*;?");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Whether the bytes are an Office Open XML package (a zip), as a DOCX is. */
    public static boolean isDocx(byte[] content) {
        if (content == null || content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    public byte[] toPdf(byte[] docx, String fileName) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream xhtml = new ByteArrayOutputStream()) {
            XHTMLConverter.getInstance().convert(document, xhtml, XHTMLOptions.create());
            // the converter writes HTML entities (&agrave;); jsoup reads them and writes well-formed XHTML
            Document page = Jsoup.parse(xhtml.toString(StandardCharsets.UTF_8));
            page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                    .charset(StandardCharsets.UTF_8);
            page.select("[style]").forEach(e -> e.attr("style", FONT_FAMILY.matcher(e.attr("style")).replaceAll("")));
            page.select("style").forEach(e -> e.text(FONT_FAMILY.matcher(e.data()).replaceAll("")));
            page.head().appendElement("style").text("body, body * { font-family: '" + VietnameseFont.FAMILY + "'; }");
            return HtmlPdf.render(page.html(), null);
        } catch (IOException | RuntimeException e) {
            // a zip that is no Word document, a damaged file: the officer is told which file could not be read
            throw new CongsoException(DocumentsError.INVALID_FILE, e, fileName);
        }
    }
}
