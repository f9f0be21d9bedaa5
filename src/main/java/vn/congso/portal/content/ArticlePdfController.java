package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.congso.agency.AgencyManagement;
import vn.congso.shared.CongsoException;
import vn.congso.shared.pdf.HtmlPdf;
import vn.congso.shared.CongsoProperties;

/**
 * NĐ42 Đ7 k1 c: each article can be printed and kept. Besides the print stylesheet, the portal
 * renders a PDF with the Vietnamese font embedded, so it prints and archives the same everywhere.
 */
@Controller
@PermitAll
class ArticlePdfController {


    private final ContentManagement content;
    private final AgencyManagement agencies;
    private final CongsoProperties properties;
    private final TemplateEngine templates;

    ArticlePdfController(ContentManagement content, AgencyManagement agencies, CongsoProperties properties,
                         TemplateEngine templates) {
        this.content = content;
        this.agencies = agencies;
        this.properties = properties;
        this.templates = templates;
    }

    @GetMapping("/tin-tuc/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        PublishedArticle article = content.published(slug);
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("article", article);
        context.setVariable("agency", agencies.profile().orElse(null));
        context.setVariable("url", properties.publicUrl() + article.path());
        String xhtml = templates.process("content/news-article-pdf", context);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(article.slug() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(render(xhtml, properties.publicUrl() + article.path()));
    }

    static byte[] render(String xhtml, String baseUri) {
        try {
            return HtmlPdf.render(xhtml, baseUri);
        } catch (IOException e) {
            throw new CongsoException(ContentError.PDF_FAILED, e);
        }
    }

}
