package vn.congso.portal.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinal map of its reader, and its highlighter. Building the map is a pass over every facet
 * value of the index (about a second for a million entries), so the {@link Factory} builds it when a
 * refresh opens the searcher, on the thread that changed the index, instead of in the first visitor's
 * search after each change.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Snippets snippets;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        // every query is new to the cache: caching one would cost a visit to all its hits, where the
        // capped count stops after 10,000 and the ranking skips most of them
        setQueryCache(null);
        // a new or emptied index has no facet values yet, and the state cannot be built without them
        boolean anyFacets = MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.facetState = anyFacets ? new DefaultSortedSetDocValuesReaderState(reader, SearchFields.FACETS) : null;
        this.snippets = new Snippets(this);
    }

    /** Null when the index holds no facet values (then it holds no documents either). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    Snippets snippets() {
        return snippets;
    }

    static final class Factory extends SearcherFactory {

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
