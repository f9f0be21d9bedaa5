package vn.congso.portal.search;

import java.util.Map;
import vn.congso.portal.SearchQuery;

/** Reads a search from request parameters, shared by the page and the JSON API. */
final class SearchRequests {

    private SearchRequests() {
    }

    /** Unknown parameters are ignored and a page number that is not a number means page 1: links get mangled in the wild. */
    static SearchQuery query(Map<String, String> parameters, int defaultPageSize) {
        return new SearchQuery(parameters.get("q"), parameters,
                number(parameters.get("page"), 1), number(parameters.get("size"), defaultPageSize));
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
