package vn.congso.portal.legal.web;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.LegalFileStore;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;

/** The public register: list with filters and each document's full text (NĐ42 Đ4 k1 a). */
@Controller
class LegalDocumentController {

    private final LegalDocumentRepository repository;
    private final DocumentRendering rendering;
    private final LegalFileStore files;

    LegalDocumentController(LegalDocumentRepository repository, DocumentRendering rendering, LegalFileStore files) {
        this.repository = repository;
        this.rendering = rendering;
        this.files = files;
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
        return "portal/legal/detail";
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
