package vn.congso.publicservice.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.PublicStatus;

/** The public status lookup as JSON (NĐ42 Đ13 k5 c: the state of the dossier is the same on every channel). */
@RestController
@PermitAll
class DossierApiController {

    private final DossierQueries queries;

    DossierApiController(DossierQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/dossiers/{dossierCode}/status")
    PublicStatus status(@PathVariable String dossierCode, @RequestParam(required = false) String secret) {
        return queries.lookup(dossierCode, secret);
    }
}
