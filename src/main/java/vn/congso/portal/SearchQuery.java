package vn.congso.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a visitor asks the portal search (NĐ42 Đ7 k1 a): words with or without diacritics, phrases
 * in double quotes, at most one value per facet as a filter, and a page.
 *
 * @param text     the query as typed; NFD input is accepted
 * @param filters  facet name ({@link #FACETS}) to the one value the hits must carry
 * @param page     1-based page number
 * @param pageSize hits per page, kept between {@link #MIN_PAGE_SIZE} and {@link #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, Map<String, String> filters, int page, int pageSize) {

    public static final int MIN_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 20;
    /** Facets a query may filter on and the results count: the facet names of {@link SearchDocument} plus the kind. */
    public static final Set<String> FACETS = Set.of("type", "issuer", "year", "status", "category", "kind");
    /** Deep pages cost a full sort; nobody reads page 500 of a portal search. */
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        Map<String, String> kept = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((name, value) -> {
                if (FACETS.contains(name) && value != null && !value.isBlank()) {
                    kept.put(name, value.strip());
                }
            });
        }
        filters = Map.copyOf(kept);
        page = Math.min(Math.max(page, 1), MAX_PAGE);
        pageSize = Math.min(Math.max(pageSize, MIN_PAGE_SIZE), MAX_PAGE_SIZE);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), 1, MIN_PAGE_SIZE);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
