package vn.congso.portal.search;

import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;

/**
 * The portal search as JSON: {@code GET /api/v1/search?q=…&type=…&page=…&size=…} answers the same
 * hits, total and facet counts as the page; {@code snippetHtml} is escaped HTML with {@code <mark>}.
 */
@RestController
class SearchApiController {

    private final PortalSearch search;

    SearchApiController(PortalSearch search) {
        this.search = search;
    }

    @PermitAll
    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam Map<String, String> parameters) {
        SearchQuery query = SearchRequests.query(parameters, SearchQuery.MIN_PAGE_SIZE);
        return query.isBlank() ? SearchResults.empty(query) : search.search(query);
    }
}
