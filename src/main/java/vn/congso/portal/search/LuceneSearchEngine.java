package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;

/**
 * The embedded Lucene index. Writes go to one {@link IndexWriter} (thread-safe) and are visible to
 * searches at once through a near-real-time {@link SearcherManager}; the costly fsync (commit) runs
 * on a timer and at shutdown, so a burst of updates costs one commit. A crash loses at most the
 * uncommitted interval, which a rebuild from the database restores.
 */
final class LuceneSearchEngine implements SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchEngine.class);
    private static final int REBUILD_BATCH = 1_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Hits counted exactly; beyond, the page says "hơn 10.000 kết quả" and facet counts are estimates. */
    static final int COUNT_CAP = 10_000;
    /** Recorded in every commit; raise it when the fields change, so that an upgraded portal rebuilds its index. */
    static final String LAYOUT = "4";
    private static final String LAYOUT_KEY = "congso.search.layout";

    private final LuceneResults results;
    private final VietnameseQueryParser parser = new VietnameseQueryParser();
    private final ScheduledExecutorService committer;
    private final ExecutorService counting;
    private final ReentrantLock rebuilding = new ReentrantLock();

    LuceneSearchEngine(Directory directory, Duration commitInterval) {
        this(directory, commitInterval, COUNT_CAP);
    }

    LuceneSearchEngine(Directory directory, Duration commitInterval, int countCap) {
        this.directory = directory;
        this.counting = countingThreads();
        this.results = new LuceneResults(countCap, counting);
        try {
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalysis.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            if (writer.getDocStats().maxDoc == 0) {
                markCurrentLayout();
            }
            this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory, e);
        }
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(commitInterval.toMillis(), 100);
        committer.scheduleWithFixedDelay(this::commitQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(new Term(SearchFields.ID, document.id()), build(document));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void removeByIdPrefix(String idPrefix) {
        if (idPrefix == null || idPrefix.isEmpty()) {
            throw new IllegalArgumentException("An empty prefix would remove the whole index; use a rebuild");
        }
        try {
            writer.deleteDocuments(new PrefixQuery(new Term(SearchFields.ID, idPrefix)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        VietnameseQueryParser.Parsed parsed = parser.parse(query.text());
        if (parsed.candidates() == null) {
            return SearchResults.empty(query);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return results.collect((FacetedSearcher) searcher, query, parsed);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long replaceAll(Stream<SearchDocument> documents) {
        rebuilding.lock();
        try {
            // deleteAll and the additions become visible together at the refresh below
            writer.deleteAll();
            long count = 0;
            Iterator<SearchDocument> iterator = documents.iterator();
            List<Document> batch = new ArrayList<>(REBUILD_BATCH);
            while (iterator.hasNext()) {
                batch.add(build(iterator.next()));
                count++;
                if (batch.size() == REBUILD_BATCH) {
                    writer.addDocuments(batch);
                    batch.clear();
                }
            }
            writer.addDocuments(batch);
            markCurrentLayout();
            writer.commit();
            searchers.maybeRefreshBlocking();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuilding.unlock();
        }
    }

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean needsRebuild() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        boolean current = false;
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                current |= LAYOUT_KEY.equals(entry.getKey()) && LAYOUT.equals(entry.getValue());
            }
        }
        return !current || size() == 0;
    }

    private void markCurrentLayout() {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
    }

    /** Merges segments down for read speed; worth it after a bulk load such as a rebuild of a large corpus. */
    void optimise() {
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // never interrupt the committer: an interrupted NIO write closes the channel and breaks the index lock
        committer.shutdown();
        counting.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One thread per core at most, none kept while idle; when all are busy the searching thread counts
     * itself, so a burst of searches never queues behind the counting of others.
     */
    private static ExecutorService countingThreads() {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "search-count-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static Document build(SearchDocument document) throws IOException {
        return SearchFields.FACETS.build(SearchFields.toDocument(document));
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index commit failed; will retry", e);
        }
    }
}
