package vn.congso.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.portal.SearchResults.FacetValue;
import vn.congso.portal.SearchResults.Hit;

/** Runs a parsed query on one searcher: the page of hits, the exact total, the facet counts and the snippets. */
final class LuceneResults {

    private static final int FACET_VALUES = 20;
    private static final long SAMPLING_SEED = 20_240_137L;

    private final Snippets snippets = new Snippets();
    private final int facetSample;
    private volatile SortedSetDocValuesReaderState facetState;

    LuceneResults(int facetSample) {
        this.facetSample = facetSample;
    }

    SearchResults collect(IndexSearcher searcher, SearchQuery query, VietnameseQueryParser.Parsed parsed) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (reader.numDocs() == 0) {
            return SearchResults.empty(query);
        }
        SortedSetDocValuesReaderState state = facetState(reader);
        // two passes: ranking the first page may skip most matches (block-max WAND), while the exact
        // total and the facet counts visit every match but need no scores
        TopDocs top = searcher.search(drillDown(parsed.query(), query.filters(), null), query.page() * query.pageSize());
        Counted all = count(searcher, drillDown(parsed.match(), query.filters(), null), state);
        boolean estimated = all.estimated();

        Map<String, List<FacetValue>> facets = new TreeMap<>();
        for (String dim : SearchQuery.FACETS) {
            if (query.filters().containsKey(dim)) {
                // drill sideways: a filtered facet is counted without its own filter, so its other values stay offered
                Counted sideways = count(searcher, drillDown(parsed.match(), query.filters(), dim), state);
                estimated |= sideways.estimated();
                facets.put(dim, sideways.values(dim, state));
            } else {
                facets.put(dim, all.values(dim, state));
            }
        }
        facets.values().removeIf(List::isEmpty);

        List<Hit> hits = new ArrayList<>();
        for (int i = (query.page() - 1) * query.pageSize(); i < top.scoreDocs.length; i++) {
            hits.add(hit(searcher, top.scoreDocs[i], parsed.highlight()));
        }
        return new SearchResults(query, all.total(), hits, facets, estimated);
    }

    private static Query drillDown(Query base, Map<String, String> filters, String leaveOut) {
        if (filters.isEmpty() || (leaveOut != null && filters.size() == 1 && filters.containsKey(leaveOut))) {
            return base;
        }
        DrillDownQuery drillDown = new DrillDownQuery(SearchFields.FACETS, base);
        filters.forEach((dim, value) -> {
            if (!dim.equals(leaveOut)) {
                drillDown.add(dim, value);
            }
        });
        return drillDown;
    }

    /**
     * Facet counts cost a look at every match; beyond {@code facetSample} matches they are counted on
     * a random sample and scaled, which keeps a one-word query on a million entries fast. The total
     * stays exact.
     */
    private Counted count(IndexSearcher searcher, Query match, SortedSetDocValuesReaderState state) throws IOException {
        RandomSamplingFacetsCollector collector = searcher.search(match,
                RandomSamplingFacetsCollector.createManager(facetSample, SAMPLING_SEED));
        long total = collector.getOriginalMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        // counting reads the (lazily drawn) sample; only then is the sampling rate known
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        double rate = collector.getSamplingRate();
        return new Counted(counts, total, rate > 0 && rate < 1 ? 1 / rate : 1.0);
    }

    private record Counted(Facets counts, long total, double scale) {

        boolean estimated() {
            return scale != 1.0;
        }

        List<FacetValue> values(String dim, SortedSetDocValuesReaderState state) throws IOException {
            if (state.getOrdRange(dim) == null) {
                return List.of();
            }
            FacetResult result = counts.getTopChildren(FACET_VALUES, dim);
            if (result == null) {
                return List.of();
            }
            List<FacetValue> values = new ArrayList<>();
            for (LabelAndValue value : result.labelValues) {
                values.add(new FacetValue(value.label, Math.round(value.value.longValue() * scale)));
            }
            return values;
        }
    }

    private Hit hit(IndexSearcher searcher, ScoreDoc scoreDoc, Query highlight) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        IndexableField updated = doc.getField(SearchFields.UPDATED);
        return new Hit(doc.get(SearchFields.ID), doc.get(SearchFields.KIND), doc.get(SearchFields.TITLE),
                doc.get(SearchFields.URL), snippets.snippet(highlight, doc.get(SearchFields.TEXT)),
                SearchFields.storedFacets(doc),
                updated == null ? null : Instant.ofEpochMilli(updated.numericValue().longValue()));
    }

    /** The facet ordinal map is costly to build (a pass over all values), so it is kept until the reader changes. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null || state.getReader() != reader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, SearchFields.FACETS);
            facetState = state;
        }
        return state;
    }
}
