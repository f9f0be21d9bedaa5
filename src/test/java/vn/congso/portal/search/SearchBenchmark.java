package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.FileSystemUtils;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchQuery;
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

    private static final int WARM_UP_QUERIES = 300;
    private static final int COPY_BATCH = 10_000;

    private final int entries = Integer.getInteger("congso.bench.search.entries", 1_000_000);
    private final int queryCount = Integer.getInteger("congso.bench.search.queries", 1_000);
    /** The scan costs seconds per query on a large table: it may run on the first n of the same queries only. */
    private final int scanCount = Math.min(queryCount, Integer.getInteger("congso.bench.search.scan-queries", queryCount));
    private final Path seeds = Path.of(System.getProperty("congso.bench.search.seeds", "/work/shared/seeds"));
    private final Path work = Path.of("target/bench/search");

    @Test
    void searchServiceAgainstSubstringScan() throws Exception {
        BenchmarkCorpus corpus = BenchmarkCorpus.fromSeeds(seeds, 42);
        List<String> queries = corpus.queries(queryCount, 7);
        List<String> warmUp = corpus.queries(WARM_UP_QUERIES, 11);
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        report("corpus: %,d entries from %d seed sentences; %d queries (%d also as scans); load average %s", entries,
                corpus.sentenceCount(), queries.size(), scanCount, Files.readString(Path.of("/proc/loadavg")).strip());

        try (LuceneSearchEngine engine = new LuceneSearchEngine(FSDirectory.open(work.resolve("index")), Duration.ofSeconds(30))) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("corpus", (SearchSource) () -> corpus.entries(entries));
            SearchService service = new SearchService(engine, beans.getBeanProvider(SearchSource.class),
                    new SearchProperties(false, Duration.ofSeconds(30), false));
            long started = System.nanoTime();
            long indexed = service.rebuild();
            report("index: %,d entries rebuilt in %.1f s", indexed, seconds(started));
            started = System.nanoTime();
            engine.optimise();
            report("index: merged to one segment in %.1f s, %,d MB on disk", seconds(started), megabytes(work.resolve("index")));

            try (Connection db = DriverManager.getConnection(TestPostgres.get().jdbcUrl(), TestPostgres.get().user(), TestPostgres.get().password())) {
                started = System.nanoTime();
                load(db, corpus);
                report("database: %,d rows copied and analysed in %.1f s", entries, seconds(started));

                warmUp.forEach(q -> service.search(SearchQuery.of(q)));
                long[] search = new long[queries.size()];
                long totalHits = 0;
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    totalHits += service.search(SearchQuery.of(queries.get(i))).total();
                    search[i] = System.nanoTime() - t;
                }

                long[] scan = new long[scanCount];
                long scanRows = 0;
                try (PreparedStatement select = db.prepareStatement(
                        "select id, title, count(*) over () from bench_search where folded_text like ? escape '\\' limit 10")) {
                    for (int i = 0; i < 3; i++) {
                        scanRows += run(select, warmUp.get(i));
                    }
                    scanRows = 0;
                    for (int i = 0; i < scanCount; i++) {
                        long t = System.nanoTime();
                        scanRows += run(select, queries.get(i));
                        scan[i] = System.nanoTime() - t;
                    }
                }
                summarise(search, scan, totalHits, scanRows);
            }
        }
    }

    private void load(Connection db, BenchmarkCorpus corpus) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists bench_search");
            ddl.execute("create unlogged table bench_search (id text primary key, title text not null, folded_text text not null)");
        }
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        Iterator<SearchDocument> rows = corpus.entries(entries).iterator();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        while (rows.hasNext()) {
            SearchDocument row = rows.next();
            batch.append(tsv(row.id())).append('\t').append(tsv(row.title())).append('\t')
                    .append(tsv(VietnameseText.withoutDiacritics(row.title() + " " + row.text()))).append('\n');
            if (++inBatch == COPY_BATCH || !rows.hasNext()) {
                try (Reader reader = new StringReader(batch.toString())) {
                    copy.copyIn("copy bench_search (id, title, folded_text) from stdin", reader);
                }
                batch.setLength(0);
                inBatch = 0;
            }
        }
        try (Statement analyse = db.createStatement()) {
            analyse.execute("vacuum analyze bench_search");
        }
    }

    private static long run(PreparedStatement select, String query) throws Exception {
        String folded = VietnameseText.withoutDiacritics(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        select.setString(1, "%" + folded + "%");
        long total = 0;
        try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                total = rs.getLong(3);
            }
        }
        return total;
    }

    private void summarise(long[] search, long[] scan, long totalHits, long scanRows) throws IOException {
        double searchP50 = percentile(search, 50), searchP95 = percentile(search, 95);
        double scanP50 = percentile(scan, 50), scanP95 = percentile(scan, 95);
        report("search service (Lucene, page 1 of 10 with total, facets, snippets): p50 %.2f ms, p95 %.2f ms, max %.2f ms; %,d hits in all",
                searchP50, searchP95, percentile(search, 100), totalHits);
        report("PostgreSQL scan (folded_text like '%%…%%', first 10 with total), %d queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms; %,d rows in all",
                scan.length, scanP50, scanP95, percentile(scan, 100), scanRows);
        long[] paired = Arrays.copyOf(search, scan.length);
        report("ratio scan/search on the same %d queries: p50 %.0f×, p95 %.0f×", scan.length,
                scanP50 / percentile(paired, 50), scanP95 / percentile(paired, 95));
        report("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        assertThat(searchP95).as("search p95 in ms").isPositive();
    }

    private void report(String format, Object... arguments) throws IOException {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println("[bench/search] " + line);
        Files.writeString(work.resolve("results.txt"), line + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
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
