package vn.congso.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders an XHTML page (a receipt, a letter, an article) to PDF with the Vietnamese font embedded.
 * Every weight and style is registered: a text the renderer cannot match would otherwise be set in
 * a built-in font that has no Vietnamese glyphs.
 */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    /**
     * @param baseUri where relative links and style sheets resolve from; may be null
     */
    public static byte[] render(String xhtml, String baseUri) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (FontStyle style : FontStyle.values()) {
                builder.useFont(VietnameseFont::regularStream, VietnameseFont.FAMILY, 400, style, true);
                builder.useFont(VietnameseFont::boldStream, VietnameseFont.FAMILY, 700, style, true);
            }
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
