package vn.congso.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.web.util.UriComponentsBuilder;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;

/**
 * The links of the search page, built here so the page works as plain links without JavaScript:
 * a facet value adds its filter and goes back to page 1, a page number keeps query and filters.
 */
final class SearchLinks {

    /** Facets in the order the page lists them. */
    static final List<String> FACET_ORDER = List.of("kind", "type", "issuer", "year", "status", "category");
    private static final int PAGE_WINDOW = 4;

    private final SearchQuery query;
    private final int pageCount;

    SearchLinks(SearchQuery query, SearchResults results) {
        this.query = query;
        this.pageCount = results == null ? 0 : results.pageCount();
    }

    public String page(int page) {
        return url(query.filters(), page);
    }

    public String withFilter(String facet, String value) {
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.put(facet, value);
        return url(filters, 1);
    }

    public String withoutFilter(String facet) {
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.remove(facet);
        return url(filters, 1);
    }

    public boolean active(String facet, String value) {
        return value.equals(query.filters().get(facet));
    }

    public List<Integer> pages() {
        int first = Math.max(1, query.page() - PAGE_WINDOW);
        int last = Math.min(pageCount, query.page() + PAGE_WINDOW);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pageCount;
    }

    public List<String> facetOrder() {
        return FACET_ORDER;
    }

    private String url(Map<String, String> filters, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tim-kiem").queryParam("q", query.text());
        FACET_ORDER.stream().filter(filters::containsKey).forEach(facet -> url.queryParam(facet, filters.get(facet)));
        if (page > 1) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }
}
