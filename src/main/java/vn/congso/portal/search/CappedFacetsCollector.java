package vn.congso.portal.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects the hits of a query for counting and facets, but stops after {@code cap} of them. A word
 * as common as "thông tin" matches most of a large portal; visiting every hit only to print "312.418
 * kết quả" and exact facet counts cost more than ranking the page. Past the cap the total is only
 * known to be larger, and the facet counts are extrapolated: the index is in the order documents
 * arrived, so the hits seen so far are a fair sample of all of them.
 */
final class CappedFacetsCollector implements Collector {

    private final FacetsCollector facets = new FacetsCollector();
    private final int cap;
    private final int maxDoc;
    private long collected;
    /** Index-wide position of the first hit not collected, or -1 while under the cap. */
    private long stoppedAt = -1;

    private CappedFacetsCollector(int cap, int maxDoc) {
        this.cap = cap;
        this.maxDoc = maxDoc;
    }

    /** One collector for a searcher without an executor (one slice), which is how the engine searches. */
    static CollectorManager<CappedFacetsCollector, CappedFacetsCollector> manager(int cap, int maxDoc) {
        return new CollectorManager<>() {
            @Override
            public CappedFacetsCollector newCollector() {
                return new CappedFacetsCollector(cap, maxDoc);
            }

            @Override
            public CappedFacetsCollector reduce(Collection<CappedFacetsCollector> collectors) {
                if (collectors.size() != 1) {
                    throw new IllegalStateException("The search index is searched in one slice");
                }
                return collectors.iterator().next();
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        if (capped()) {
            throw new CollectionTerminatedException();
        }
        return new FilterLeafCollector(facets.getLeafCollector(context)) {
            @Override
            public void collect(int doc) throws IOException {
                if (collected == cap) {
                    stoppedAt = (long) context.docBase + doc;
                    throw new CollectionTerminatedException();
                }
                super.collect(doc);
                collected++;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    FacetsCollector facets() {
        return facets;
    }

    /** Exact when not {@link #capped()}, otherwise the cap. */
    long total() {
        return collected;
    }

    boolean capped() {
        return stoppedAt >= 0;
    }

    /** What the counts of the collected hits are multiplied by to estimate the counts of all hits. */
    double scale() {
        // the hits collected are those of the first stoppedAt documents
        return capped() ? (double) maxDoc / stoppedAt : 1.0;
    }
}
