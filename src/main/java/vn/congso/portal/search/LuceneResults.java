package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.portal.SearchResults.FacetValue;
import vn.congso.portal.SearchResults.Hit;

/**
 * Runs a parsed query on one searcher: the page of hits, the total (exact up to a cap), the facet
 * counts and the snippets.
 */
final class LuceneResults {

    private static final int FACET_VALUES = 20;
    /**
     * Candidates the fine ranking reorders: ten first pages, far more than a visitor reads; the fewer,
     * the sooner block-max skipping starts passing over the hits of common words that cannot make it.
     */
    static final int CANDIDATES = 100;

    private final int countCap;
    private final Executor counting;

    /**
     * @param countCap hits counted exactly; beyond, the total is "more than" and facet counts are estimates
     * @param counting runs the count and the facets beside the ranking (or in the calling thread when all its threads are busy)
     */
    LuceneResults(int countCap, Executor counting) {
        this.countCap = countCap;
        this.counting = counting;
    }

    SearchResults collect(FacetedSearcher searcher, SearchQuery query, VietnameseQueryParser.Parsed parsed) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SortedSetDocValuesReaderState state = searcher.facetState();
        if (reader.numDocs() == 0 || state == null) {
            return SearchResults.empty(query);
        }
        // counting and facets need no scores and stop at the cap; they share nothing with the ranking
        // but the searcher, so on a free core they add no time. A filtered facet's drill-sideways count
        // is a pass of its own, run beside the others rather than after them.
        CompletableFuture<Counted> all = counted(searcher, drillDown(parsed.match(), query.filters(), null), state);
        Map<String, CompletableFuture<Counted>> sideways = new TreeMap<>();
        for (String dim : SearchQuery.FACETS) {
            if (query.filters().containsKey(dim)) {
                sideways.put(dim, counted(searcher, drillDown(parsed.match(), query.filters(), dim), state));
            }
        }
        List<Hit> hits;
        try {
            hits = rankedPage(searcher, query, parsed);
        } catch (IOException | RuntimeException e) {
            // the searcher goes back to the manager after this: nothing may still be reading it
            all.exceptionally(failure -> null).join();
            sideways.values().forEach(count -> count.exceptionally(failure -> null).join());
            throw e;
        }
        Totals counted;
        try {
            counted = totals(all.join(), sideways, state);
        } catch (CompletionException e) {
            sideways.values().forEach(count -> count.exceptionally(failure -> null).join());
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        return new SearchResults(query, counted.total(), counted.capped(), hits, counted.facets(), counted.estimated());
    }

    /**
     * Ranking in two steps: the cheap candidate query skips most hits of common words (block-max
     * WAND), the fine query reorders the best candidates; then the snippets of the page.
     */
    private static List<Hit> rankedPage(FacetedSearcher searcher, SearchQuery query, VietnameseQueryParser.Parsed parsed) throws IOException {
        int wanted = query.page() * query.pageSize();
        int pool = Math.max(CANDIDATES, wanted);
        TopDocs candidates = candidates(searcher, query, parsed, pool);
        TopDocs top = new FineRanking(parsed.query()).rescore(searcher, candidates, wanted);
        return hits(searcher, top.scoreDocs, (query.page() - 1) * query.pageSize(), parsed.highlight());
    }

    /**
     * The best {@code pool} hits by a cheap score, from the narrowest sets first: the documents with
     * every word in their title (short postings; the fine query ranks a title match far above a
     * match in the text), then, for several words, those that hold each pair of adjacent words
     * (a pair's postings are far shorter than its words'), and only when these do not fill the pool
     * the hits with the words anywhere, so that every hit can still reach a page.
     */
    private static TopDocs candidates(FacetedSearcher searcher, SearchQuery query, VietnameseQueryParser.Parsed parsed, int pool)
            throws IOException {
        List<Query> steps = new ArrayList<>(3);
        steps.add(parsed.inTitle());
        if (parsed.adjacent() != null) {
            steps.add(parsed.adjacent());
        }
        steps.add(parsed.candidates());
        TopDocs found = null;
        for (Query step : steps) {
            TopDocs hits = best(searcher, drillDown(step, query.filters(), null), pool);
            found = found == null ? hits : union(found, hits);
            if (found.scoreDocs.length >= pool) {
                break;
            }
        }
        return found;
    }

    private static TopDocs best(IndexSearcher searcher, Query query, int pool) throws IOException {
        // no exact count of hits here (the capped count does it): skipping starts once the pool is full
        return searcher.search(query, new TopScoreDocCollectorManager(pool, null, pool));
    }

    /** Both sets of candidates, each document once (their first-pass scores are not comparable, nor needed). */
    private static TopDocs union(TopDocs first, TopDocs second) {
        Map<Integer, ScoreDoc> docs = new LinkedHashMap<>();
        for (TopDocs hits : List.of(first, second)) {
            for (ScoreDoc hit : hits.scoreDocs) {
                docs.putIfAbsent(hit.doc, hit);
            }
        }
        return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), docs.values().toArray(ScoreDoc[]::new));
    }

    private CompletableFuture<Counted> counted(IndexSearcher searcher, Query match, SortedSetDocValuesReaderState state) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return count(searcher, match, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, counting);
    }

    /** The total and the facets; a filtered facet is counted without its own filter (drill sideways), so its other values stay offered. */
    private static Totals totals(Counted all, Map<String, CompletableFuture<Counted>> sideways,
                                 SortedSetDocValuesReaderState state) throws IOException {
        boolean estimated = all.estimated();
        Map<String, List<FacetValue>> facets = new TreeMap<>();
        for (String dim : SearchQuery.FACETS) {
            CompletableFuture<Counted> side = sideways.get(dim);
            if (side != null) {
                Counted counted = side.join();
                estimated |= counted.estimated();
                facets.put(dim, counted.values(dim, state));
            } else {
                facets.put(dim, all.values(dim, state));
            }
        }
        facets.values().removeIf(List::isEmpty);
        return new Totals(all.total(), all.capped(), facets, estimated);
    }

    private record Totals(long total, boolean capped, Map<String, List<FacetValue>> facets, boolean estimated) {
    }

    /** Orders the candidates by the fine query's score alone (every candidate matches it). */
    private static final class FineRanking extends QueryRescorer {

        FineRanking(Query query) {
            super(query);
        }

        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return secondPassMatches ? secondPassScore : 0f;
        }
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

    private Counted count(IndexSearcher searcher, Query match, SortedSetDocValuesReaderState state) throws IOException {
        CappedFacetsCollector collector = searcher.search(match,
                CappedFacetsCollector.manager(countCap, searcher.getIndexReader().maxDoc()));
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector.facets());
        return new Counted(counts, collector.total(), collector.capped(), collector.scale());
    }

    private record Counted(Facets counts, long total, boolean capped, double scale) {

        boolean estimated() {
            return capped;
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

    private static List<Hit> hits(FacetedSearcher searcher, ScoreDoc[] ranked, int from, Query highlight) throws IOException {
        int count = Math.max(0, ranked.length - from);
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ranked[from + i].doc;
        }
        // each hit's stored fields are read once, its text included, for the hit and for its snippet
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[count];
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            docs[i] = stored.document(ids[i]);
            String text = docs[i].get(SearchFields.TEXT_FOLDED);
            texts[i] = text == null ? "" : text;
        }
        String[] snippets = searcher.snippets().snippets(highlight, ids, texts);
        List<Hit> hits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document doc = docs[i];
            IndexableField updated = doc.getField(SearchFields.UPDATED);
            hits.add(new Hit(doc.get(SearchFields.ID), doc.get(SearchFields.KIND), doc.get(SearchFields.TITLE),
                    doc.get(SearchFields.URL), snippets[i], SearchFields.storedFacets(doc),
                    updated == null ? null : Instant.ofEpochMilli(updated.numericValue().longValue())));
        }
        return hits;
    }
}
