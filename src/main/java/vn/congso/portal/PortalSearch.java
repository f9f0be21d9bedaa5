package vn.congso.portal;

/**
 * The portal's full-text search (tìm kiếm, NĐ42 Đ7 k1 a): Vietnamese text found with or without
 * diacritics, filtered by facet, with highlighted extracts. The index it reads is kept in step through
 * {@link SearchIndexing} and can be rebuilt from every {@link SearchSource}.
 */
public interface PortalSearch {

    SearchResults search(SearchQuery query);

    /** Empties the index and refills it from every {@link SearchSource}; returns the number of documents indexed. */
    long rebuild();
}
