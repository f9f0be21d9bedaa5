package vn.congso.portal.legal.web;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.congso.agency.AgencyManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.LegalError;
import vn.congso.portal.legal.LegalFileStore;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.pdf.HtmlPdf;

/** The public register: list with filters and each document's full text (NĐ42 Đ4 k1 a). */
@Controller
class LegalDocumentController {

    private final LegalDocumentRepository repository;
    private final DocumentRendering rendering;
    private final LegalFileStore files;
    private final TemplateEngine templates;
    private final AgencyManagement agencies;
    private final CongsoProperties properties;

    LegalDocumentController(LegalDocumentRepository repository, DocumentRendering rendering, LegalFileStore files,
                            TemplateEngine templates, AgencyManagement agencies, CongsoProperties properties) {
        this.repository = repository;
        this.rendering = rendering;
        this.files = files;
        this.templates = templates;
        this.agencies = agencies;
        this.properties = properties;
    }

    @PermitAll
    @GetMapping("/van-ban")
    String list(@RequestParam(name = "loai", required = false) String type,
                @RequestParam(name = "nam", required = false) Integer year,
                @RequestParam(name = "hieu-luc", required = false) String status, Model model) {
        DocumentType documentType = DocumentType.ofName(type).orElse(null);
        LegalDocumentStatus documentStatus = Arrays.stream(LegalDocumentStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("documents", repository.list(documentType, year, documentStatus));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("years", repository.years());
        model.addAttribute("statuses", LegalDocumentStatus.values());
        model.addAttribute("selectedType", documentType == null ? null : documentType.name());
        model.addAttribute("selectedYear", year);
        model.addAttribute("selectedStatus", documentStatus == null ? null : documentStatus.name());
        return "portal/legal/list";
    }

    @PermitAll
    @GetMapping("/van-ban/{slug}")
    String show(@PathVariable String slug, Model model) {
        LegalDocumentRecord document = repository.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("document", document);
        model.addAttribute("preamble", rendering.preamble(document));
        model.addAttribute("nodes", rendering.render(document));
        model.addAttribute("statuses", LegalDocumentStatus.values());
        return "portal/legal/detail";
    }

    /**
     * NĐ42 Đ7 k1 c: the document to print and keep, rendered on the server with the Vietnamese font
     * embedded, each unit carrying its anchor so the PDF's outline matches the page's deep links.
     */
    @PermitAll
    @GetMapping("/van-ban/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        LegalDocumentRecord document = repository.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String url = properties.publicUrl() + "/van-ban/" + document.slug();
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("document", document);
        context.setVariable("preamble", rendering.preamble(document));
        context.setVariable("nodes", rendering.render(document));
        context.setVariable("agency", agencies.profile().orElse(null));
        context.setVariable("url", url);
        try {
            byte[] pdf = HtmlPdf.render(templates.process("portal/legal/document-pdf", context), url);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(document.slug() + ".pdf", StandardCharsets.UTF_8).build().toString())
                    .body(pdf);
        } catch (IOException e) {
            throw new CongsoException(LegalError.PRINT_FAILED, e);
        }
    }

    @PermitAll
    @GetMapping("/van-ban/{slug}/tep/{key}")
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable String key) {
        LegalDocumentRecord document = repository.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (document.files().stream().noneMatch(f -> f.key().equals(key))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LegalFileStore.StoredFile file = files.get(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
