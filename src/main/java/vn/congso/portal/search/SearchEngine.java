package vn.congso.portal.search;

import java.util.stream.Stream;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;

/**
 * The seam between the portal and its search engine. {@link LuceneSearchEngine} keeps an embedded
 * index in the data directory, which suits one agency's portal on one server. An installation that
 * runs several application nodes would add an OpenSearch implementation of this interface (same
 * fields: exact, folded and pair sub-fields of title and text, title and text together folded and
 * as pairs, the facets as keyword fields) and
 * declare it as the bean instead; nothing outside this package would change.
 */
interface SearchEngine extends SearchIndexing, AutoCloseable {

    SearchResults search(SearchQuery query);

    /**
     * Replaces the whole index with these documents. Searches keep seeing the old index until it is
     * done, unless an {@link #index} call made meanwhile refreshes the view.
     */
    long replaceAll(Stream<SearchDocument> documents);

    /** How many documents the index holds. */
    long size();

    /**
     * The index is empty, or was built with an older field layout than this version searches
     * (after an upgrade): only a rebuild from the database makes it answer correctly.
     */
    boolean needsRebuild();

    @Override
    void close();
}
