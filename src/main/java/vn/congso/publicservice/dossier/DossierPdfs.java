package vn.congso.publicservice.dossier;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.congso.publicservice.DossierError;
import vn.congso.shared.CongsoException;
import vn.congso.shared.pdf.HtmlPdf;

/**
 * Renders the dossier's papers (receipt mẫu 01, supplement request mẫu 02, refusal mẫu 03,
 * process-control slip mẫu 04, apology mẫu 05, the result) from Thymeleaf templates under
 * {@code templates/dossier/pdf/} to PDF with the bundled DejaVu Sans embedded, so Vietnamese text
 * can be read and copied.
 */
@Component
public class DossierPdfs {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ITemplateEngine templates;

    DossierPdfs(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Map<String, Object> model = new java.util.HashMap<>(variables);
        model.put("fmt", java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                .withZone(vn.congso.shared.calendar.WorkingCalendar.VIETNAM));
        String html = templates.process("dossier/pdf/" + template, new Context(VIETNAMESE, model));
        try {
            return HtmlPdf.render(html, null);
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(DossierError.PDF_FAILED, e);
        }
    }
}
