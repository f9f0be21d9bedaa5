package vn.congso.portal.legal.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;
import vn.congso.shared.CongsoProperties;

/**
 * The legal document register as JSON (NĐ42 Đ9 k2: shared as a web service), also the register's
 * distribution in the DCAT catalogue. Every document the public pages list, newest first.
 */
@RestController
class LegalRegisterApiController {

    static final String PATH = "/api/v1/legal-documents";

    private final LegalDocumentRepository repository;
    private final CongsoProperties properties;

    LegalRegisterApiController(LegalDocumentRepository repository, CongsoProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @PermitAll
    @GetMapping(PATH)
    List<RegisterEntry> register() {
        return repository.list(null, null, null).stream().map(this::entry).toList();
    }

    private RegisterEntry entry(LegalDocumentRecord d) {
        String url = properties.publicUrl() + "/van-ban/" + d.slug();
        return new RegisterEntry(d.slug(), d.type().heading(), d.code(), d.issuer(), d.issueDate(), d.effectiveDate(),
                d.status(), d.summary(), d.signerName(), d.signerTitle(), d.field(), url, url + ".pdf");
    }

    /** One registered document: the fields of NĐ42 Đ4 k1 a, its page and its printable PDF. */
    record RegisterEntry(String slug, String type, @Schema(nullable = true) String code,
                         @Schema(nullable = true) String issuer, @Schema(nullable = true) LocalDate issueDate,
                         @Schema(nullable = true) LocalDate effectiveDate, LegalDocumentStatus status, String summary,
                         @Schema(nullable = true) String signerName, @Schema(nullable = true) String signerTitle,
                         @Schema(nullable = true) String field, String url, String pdfUrl) {
    }
}
