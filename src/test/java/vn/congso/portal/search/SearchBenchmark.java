package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.FileSystemUtils;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchResults;
import vn.congso.portal.search.BenchmarkCorpus.BenchmarkQuery;
import vn.congso.portal.SearchSource;
import vn.congso.shared.VietnameseText;
import vn.congso.testing.TestPostgres;

/**
 * The portal search against a PostgreSQL substring scan on the same rows, with the same queries.
 * Not a test: its name keeps it out of {@code ./mvnw verify}, and it runs only when
 * {@code congso.bench.search.entries} is set. Run it with {@code bench/search.sh [entries] [queries]}.
 */
@EnabledIfSystemProperty(named = "congso.bench.search.entries", matches = "\\d+")
class SearchBenchmark {

    /**
     * Unmeasured queries (another seed) before the timed ones: with 300, the first 200 timed queries still
     * ran 1.4–1.6× slower at the median than the rest (the JIT compiler still at work on them).
     */
    private static final int WARM_UP_QUERIES = 2_000;
    private static final int COPY_BATCH = 10_000;
    /** The facets the queries filter on; each is a column of the same name in the baseline table. */
    private static final List<String> FILTER_COLUMNS = List.of("type", "issuer", "year", "status", "category");

    private final int entries = Integer.getInteger("congso.bench.search.entries", 1_000_000);
    private final int queryCount = Integer.getInteger("congso.bench.search.queries", 1_000);
    /** The scan costs seconds per query on a large table: it may run on the first n of the same queries only. */
    private final int scanCount = Math.min(queryCount, Integer.getInteger("congso.bench.search.scan-queries", queryCount));
    private final Path seeds = Path.of(System.getProperty("congso.bench.search.seeds", "/work/shared/seeds"));
    private final Path work = Path.of("target/bench/search");
    /**
     * {@code congso.bench.search.reuse=true}: keep the index (and the table) of an earlier run with the
     * same number of entries and the same field layout instead of rebuilding them, for quick iterations
     * on the query side; figures for the record always come from a fresh build (the default).
     */
    private final boolean reuse = Boolean.getBoolean("congso.bench.search.reuse");
    private final Path kept = Path.of("target/bench/search-index-" + entries);
    /** {@code congso.bench.search.jfr=<file>}: a JFR profile of the timed searches (not of the scans). */
    private final String jfr = System.getProperty("congso.bench.search.jfr", "");

    @Test
    void searchServiceAgainstSubstringScan() throws Exception {
        BenchmarkCorpus corpus = BenchmarkCorpus.fromSeeds(seeds, 42);
        List<BenchmarkQuery> queries = corpus.queries(queryCount, 7);
        List<BenchmarkQuery> warmUp = corpus.queries(WARM_UP_QUERIES, 11);
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        report("corpus: %,d entries from %d seed sections (%,d clauses); %d queries (%d also as scans); load average %s", entries,
                corpus.sectionCount(), corpus.clauseCount(), queries.size(), scanCount, Files.readString(Path.of("/proc/loadavg")).strip());
        for (int i : new int[] {0, 1, 5}) {
            SearchDocument sample = corpus.entry(i);
            report("  entry %d (%s): %s | %s | %s", i, sample.kind(), sample.title(), sample.text(), sample.facets());
        }
        for (int i = 0; i < 12; i++) {
            report("  query %d: %s %s", i + 1, queries.get(i).text(), queries.get(i).filters().isEmpty() ? "" : queries.get(i).filters());
        }

        Path index = reuse ? kept : work.resolve("index");
        try (LuceneSearchEngine engine = new LuceneSearchEngine(FSDirectory.open(index), Duration.ofSeconds(30))) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("corpus", (SearchSource) () -> corpus.entries(entries));
            SearchService service = new SearchService(engine, beans.getBeanProvider(SearchSource.class),
                    new SearchProperties(false, Duration.ofSeconds(30), false));
            boolean reused = reuse && !engine.needsRebuild() && engine.size() == entries;
            if (reused) {
                report("index: reused from an earlier run (%,d entries, layout %s), %,d MB on disk", engine.size(),
                        LuceneSearchEngine.LAYOUT, megabytes(index));
            } else {
                long started = System.nanoTime();
                long indexed = service.rebuild();
                report("index: %,d entries rebuilt in %.1f s", indexed, seconds(started));
                started = System.nanoTime();
                engine.optimise();
                report("index: merged to one segment in %.1f s, %,d MB on disk", seconds(started), megabytes(index));
            }

            try (Connection db = DriverManager.getConnection(TestPostgres.get().jdbcUrl(), TestPostgres.get().user(), TestPostgres.get().password())) {
                if (reused && rowCount(db) == entries) {
                    report("database: table reused from an earlier run, %s", tableSize(db));
                } else {
                    long started = System.nanoTime();
                    load(db, corpus);
                    report("database: %,d rows copied and analysed in %.1f s, table %s", entries, seconds(started), tableSize(db));
                }

                long[] search = new long[queries.size()];
                long[] cpu = new long[queries.size()];
                long[] searchHits = new long[queries.size()];
                int capped = 0;
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                try (Recording recording = jfr.isEmpty() ? null : new Recording(Configuration.getConfiguration("profile"))) {
                    if (recording != null) {
                        // started before the warm-up: starting JFR instruments JDK classes, which throws
                        // away compiled code; the warm-up compiles it again (its samples are in the profile)
                        recording.start();
                    }
                    warmUp.forEach(q -> service.search(q.toSearchQuery()));
                    long gcMillis = gcMillis();
                    long started = System.nanoTime();
                    for (int i = 0; i < queries.size(); i++) {
                        long c = searchingCpu(threads);
                        long t = System.nanoTime();
                        SearchResults results = service.search(queries.get(i).toSearchQuery());
                        search[i] = System.nanoTime() - t;
                        cpu[i] = searchingCpu(threads) - c;
                        searchHits[i] = results.total();
                        capped += results.totalCapped() ? 1 : 0;
                    }
                    report("search: %d queries in %.1f s, of which %d ms in garbage collection pauses", queries.size(), seconds(started),
                            gcMillis() - gcMillis);
                    if (recording != null) {
                        recording.dump(Path.of(jfr));
                        report("JFR profile of the timed searches in %s", jfr);
                    }
                }
                report("search: CPU time per query (searching and counting threads) p50 %.2f ms, p95 %.2f ms",
                        millis(cpu, 50), millis(cpu, 95));
                int firstPart = Math.min(200, queries.size() / 2);
                report("search: p50 of the first %d timed queries %.2f ms, of the other %d %.2f ms (a warm-up too short shows here)",
                        firstPart, millis(Arrays.copyOf(search, firstPart), 50), queries.size() - firstPart,
                        millis(Arrays.copyOfRange(search, firstPart, queries.size()), 50));
                Integer[] slowest = IntStream.range(0, queries.size()).boxed()
                        .sorted(Comparator.comparingLong((Integer i) -> search[i]).reversed()).limit(10).toArray(Integer[]::new);
                for (int i : slowest) {
                    report("  slow: %.1f ms (CPU %.1f ms), %,d hits: %s %s", search[i] / 1e6, cpu[i] / 1e6, searchHits[i],
                            queries.get(i).text(), queries.get(i).filters().isEmpty() ? "" : queries.get(i).filters());
                }
                for (int i : new int[] {0, 10}) {
                    SearchResults sample = service.search(queries.get(i).toSearchQuery());
                    report("  first hit of \"%s\": %s | %s", queries.get(i).text(), sample.hits().isEmpty() ? "-" : sample.hits().get(0).title(),
                            sample.hits().isEmpty() ? "-" : sample.hits().get(0).snippetHtml());
                }
                report("search: hits per query (counted up to %,d) p25 %,d, median %,d, p75 %,d; %d of %d queries over the cap",
                        LuceneSearchEngine.COUNT_CAP, (long) percentile(searchHits, 25), (long) percentile(searchHits, 50),
                        (long) percentile(searchHits, 75), capped, queries.size());

                long[] scan = new long[scanCount];
                long[] scanHits = new long[scanCount];
                for (int i = 0; i < 3; i++) {
                    scan(db, warmUp.get(i));
                }
                for (int i = 0; i < scanCount; i++) {
                    long t = System.nanoTime();
                    scanHits[i] = scan(db, queries.get(i));
                    scan[i] = System.nanoTime() - t;
                }
                report("scan: rows per query (up to %,d) median %,d", LuceneSearchEngine.COUNT_CAP + 1, (long) percentile(scanHits, 50));
                summarise(search, scan);
            }
        }
    }

    private void load(Connection db, BenchmarkCorpus corpus) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists bench_search");
            ddl.execute("create unlogged table bench_search (id text primary key, title text not null, folded_text text not null,"
                    + " type text, issuer text, year text, status text, category text)");
        }
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        Iterator<SearchDocument> rows = corpus.entries(entries).iterator();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        while (rows.hasNext()) {
            SearchDocument row = rows.next();
            batch.append(tsv(row.id())).append('\t').append(tsv(row.title())).append('\t')
                    .append(tsv(VietnameseText.withoutDiacritics(row.title() + " " + row.text())));
            for (String column : FILTER_COLUMNS) {
                batch.append('\t').append(tsv(row.facets().get(column).get(0)));
            }
            batch.append('\n');
            if (++inBatch == COPY_BATCH || !rows.hasNext()) {
                try (Reader reader = new StringReader(batch.toString())) {
                    copy.copyIn("copy bench_search (id, title, folded_text, " + String.join(", ", FILTER_COLUMNS)
                            + ") from stdin", reader);
                }
                batch.setLength(0);
                inBatch = 0;
            }
        }
        try (Statement analyse = db.createStatement()) {
            analyse.execute("vacuum analyze bench_search");
        }
    }

    /**
     * The baseline does what the search page needs without an index: every word (or quoted phrase),
     * folded, as a substring of the folded title and text, the same filter, and the hits up to the
     * same count cap (the first 10 are the page). Returns the rows read.
     */
    private static long scan(Connection db, BenchmarkQuery query) throws Exception {
        List<String> required = query.requiredFolded();
        StringBuilder sql = new StringBuilder("select id, title from bench_search where true");
        required.forEach(r -> sql.append(" and folded_text like ? escape '\\'"));
        query.filters().keySet().forEach(dim -> sql.append(" and ").append(FILTER_COLUMNS.get(FILTER_COLUMNS.indexOf(dim))).append(" = ?"));
        sql.append(" limit ").append(LuceneSearchEngine.COUNT_CAP + 1);
        try (PreparedStatement select = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (String r : required) {
                select.setString(p++, "%" + r.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            for (String value : query.filters().values()) {
                select.setString(p++, value);
            }
            long rows = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * CPU time used so far by this thread and the engine's counting threads (which count hits and
     * facets beside the ranking): the search's own work, whatever the load lets it wait.
     */
    private static long searchingCpu(ThreadMXBean threads) {
        long cpu = threads.getCurrentThreadCpuTime();
        for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (thread != null && thread.getThreadName().startsWith("search-count-")) {
                cpu += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return cpu;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long rowCount(Connection db) throws Exception {
        try (Statement count = db.createStatement();
             ResultSet rs = count.executeQuery("select count(*) from pg_tables where tablename = 'bench_search'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return -1;
            }
        }
        try (Statement count = db.createStatement(); ResultSet rs = count.executeQuery("select count(*) from bench_search")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String tableSize(Connection db) throws Exception {
        try (Statement size = db.createStatement();
             ResultSet rs = size.executeQuery("select pg_size_pretty(pg_total_relation_size('bench_search'))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void summarise(long[] search, long[] scan) throws IOException {
        double searchP50 = millis(search, 50), searchP95 = millis(search, 95);
        double scanP50 = millis(scan, 50), scanP95 = millis(scan, 95);
        report("search service (Lucene, page 1 of 10, total up to the cap, facets, snippets), %d queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                search.length, searchP50, searchP95, millis(search, 100));
        report("PostgreSQL scan (folded_text like '%%…%%' per word, same filter, rows up to the cap), %d queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                scan.length, scanP50, scanP95, millis(scan, 100));
        long[] paired = Arrays.copyOf(search, scan.length);
        report("ratio scan/search on the same %d queries: p50 %.0f×, p95 %.0f×", scan.length,
                scanP50 / millis(paired, 50), scanP95 / millis(paired, 95));
        report("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        assertThat(searchP95).as("search p95 in ms").isPositive();
    }

    private void report(String format, Object... arguments) throws IOException {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println("[bench/search] " + line);
        Files.writeString(work.resolve("results.txt"), line + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double millis(long[] nanos, int percentile) {
        return percentile(nanos, percentile) / 1_000_000.0;
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long megabytes(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }

    private static String tsv(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }
}
