package vn.congso.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits for a {@link SearchQuery}, with the total number of hits and, per facet, the
 * values found and how many hits carry each.
 *
 * @param total           number of hits; exact unless {@code totalCapped}
 * @param totalCapped     there are more than {@code total} hits: counting stopped there (the page says
 *                        "hơn 10.000 kết quả"), since nobody pages that far and counting every hit of a
 *                        common word in a large index is what made searches slow
 * @param facets          facet name to its values, most frequent first; a facet the query filters on
 *                        counts as if that filter were absent, so the other values stay reachable
 * @param facetsEstimated the facet counts were extrapolated from the hits counted (very many hits)
 */
public record SearchResults(SearchQuery query, long total, boolean totalCapped, List<Hit> hits,
                            Map<String, List<FacetValue>> facets, boolean facetsEstimated) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, false, List.of(), Map.of(), false);
    }

    public int pageCount() {
        int pages = (int) ((total + query.pageSize() - 1) / query.pageSize());
        return Math.min(pages, SearchQuery.MAX_PAGE);
    }

    /**
     * @param snippetHtml an extract of the text, HTML-escaped, with the matched words in
     *                    {@code <mark>} elements: the only markup it contains
     */
    public record Hit(String id, String kind, String title, String url, String snippetHtml,
                      Map<String, List<String>> facets, Instant updatedAt) {
    }

    public record FacetValue(String value, long count) {
    }
}
