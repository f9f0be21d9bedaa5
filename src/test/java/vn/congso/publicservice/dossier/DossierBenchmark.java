package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.agency.AgencyManagement;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.shared.calendar.WorkingCalendar;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;

/**
 * {@code bench/dossiers.sh}: (1) online submission through the service layer (validation, code, appointment,
 * history, audit entry, events and mail — everything but HTTP) against bare single-row JDBC inserts of the
 * same rows (every row a receipt writes, one transaction per dossier: the target's baseline) and of the
 * dossier row alone (to show what the other rows cost), at the same concurrency, rounds interleaved; (2) submissions over
 * HTTP driven by {@code wrk} in a second process; (3) the public status lookup with 1,000,000 dossiers loaded,
 * through the service, bare JDBC and over HTTP. Not a test: its name keeps it out of {@code ./mvnw verify},
 * and it runs only when {@code congso.bench.dossiers.submissions} is set.
 */
@EnabledIfSystemProperty(named = "congso.bench.dossiers.submissions", matches = "\\d+")
@CongsoIntegrationTest
class DossierBenchmark {

    private static final String CITIZEN = DossierFixtures.CITIZEN;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BARE_INSERT = """
            insert into publicservice_dossier (code, procedure_code, applicant_username, applicant_name,
              applicant_citizen_id, applicant_phone, applicant_email, form_data, channel, received_by, status,
              received_at, due_at, step_position, step_started_at, step_due_at, lookup_secret, idempotency_key,
              reused_fields, reused_sources)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 'PROCESSING', ?, ?, 1, ?, ?, ?, ?, ?, ?)""";
    private static final String BARE_HISTORY = """
            insert into publicservice_dossier_history (dossier_id, at, actor, action, step_position, step_due_at, note)
            values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String BARE_EVENT = """
            insert into publicservice_event (at, kind, procedure_code, dossier_id, actor, step_position) values (?, ?, ?, ?, ?, ?)""";
    private static final String BARE_AUDIT = """
            insert into bench_audit_entry (id, occurred_at, actor, action, object_type, object_id, details, remote_address,
              previous_hash, hash) values (nextval('bench_audit_entry_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String BARE_MAIL = """
            insert into bench_mail_outbox (recipient, subject, body, unsubscribe_url, reference) values (?, ?, ?, ?, ?)""";

    /** {@code congso.bench.dossiers.smtp}: "sink" (default, {@link SmtpSink}) or "greenmail" (parses and keeps every message). */
    private static final boolean GREENMAIL = "greenmail".equals(System.getProperty("congso.bench.dossiers.smtp", "sink"));
    private static GreenMail greenMail;
    private static SmtpSink sink;

    private final int submissions = Integer.getInteger("congso.bench.dossiers.submissions");
    private final int rounds = Integer.getInteger("congso.bench.dossiers.rounds", 3);
    /** Unmeasured rounds of 2,000 on each side first: at least this many, on the service side until the JIT is done. */
    private final int warmupRounds = Integer.getInteger("congso.bench.dossiers.warmup-rounds", 3);
    private static final int MAX_WARMUP_ROUNDS = 25;
    /** The C1 and C2 compiler threads as /proc names them ("C2 CompilerThre", 15 characters), digits dropped. */
    private static final String JIT_THREADS = "C CompilerThre";
    private final int[] concurrency = Arrays.stream(System.getProperty("congso.bench.dossiers.concurrency", "2,8").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private final int loaded = Integer.getInteger("congso.bench.dossiers.loaded", 1_000_000);
    private final int wrkSeconds = Integer.getInteger("congso.bench.dossiers.wrk-seconds", 15);
    private final Path scripts = Path.of(System.getProperty("congso.bench.dossiers.scripts", "bench/dossiers")).toAbsolutePath();
    /** Which of the three parts to run, e.g. "1" while profiling the submission path. */
    private final String parts = System.getProperty("congso.bench.dossiers.parts", "123");
    private final Path work = Path.of("target/bench/dossiers").toAbsolutePath();
    private final List<String> results = new ArrayList<>();
    private LocalDate nextDay = LocalDate.of(2027, 3, 1);

    @Autowired
    DossierManagement dossiers;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AgencyManagement agency;
    @LocalServerPort
    int port;

    /** A real SMTP server: the service mails the applicant after each receipt, as in production. */
    @BeforeAll
    static void startSmtp() throws IOException {
        if (GREENMAIL) {
            greenMail = new GreenMail(TestSmtp.SETUP);
            greenMail.start();
        } else {
            sink = new SmtpSink(TestSmtp.PORT);
        }
    }

    @AfterAll
    static void stopSmtp() throws IOException {
        if (GREENMAIL) {
            greenMail.stop();
        } else {
            sink.close();
        }
    }

    private static int mailsReceived() {
        return GREENMAIL ? greenMail.getReceivedMessages().length : sink.received();
    }

    @Test
    void submissionAndStatusLookup() throws Exception {
        Files.createDirectories(work);
        report("PostgreSQL %s; SMTP server %s; load average %s", jdbc.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
                GREENMAIL ? "GreenMail (in this JVM)" : "SmtpSink (in this JVM, counts without parsing)", loadAverage());
        if (parts.contains("1")) {
            // -Dcongso.bench.dossiers.jfr=<file>: a JFR profile of this part (CPU samples, locks, JDBC socket reads)
            String jfr = System.getProperty("congso.bench.dossiers.jfr", "");
            try (jdk.jfr.Recording recording = jfr.isEmpty() ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
                if (recording != null) {
                    // the "profile" setting's 10-20 ms period gave a few hundred samples for a whole run
                    recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                    recording.start();
                }
                serviceAgainstBareInserts();
                if (recording != null) {
                    recording.dump(Path.of(jfr));
                    report("JFR profile of part 1 in %s", jfr);
                }
            }
        }
        if (parts.contains("2")) {
            // part 1 writes several hundred MB of WAL: the checkpoint it triggered (max_wal_size) ran into the
            // HTTP submissions, whose p99 went from 16-45 ms to 200-370 ms with it
            checkpoint("before the HTTP submissions");
            submissionsOverHttp();
        }
        if (parts.contains("3")) {
            statusLookup();
        }
        report("load average at the end %s", loadAverage());
        Files.write(work.resolve("results.txt"), results, StandardCharsets.UTF_8);
    }

    // (1) ---------------------------------------------------------------------------------------------

    private void serviceAgainstBareInserts() throws Exception {
        Cpu.wal = jdbc;
        // warm-up of both paths until the JIT has compiled them: after 6,000 receipts the JIT compiler
        // threads still took 0.5-0.9 ms of CPU per receipt, more than the receipt writer, and went on for
        // a minute; rounds of 2,000 until they take under 5 % of the JVM's CPU (at least warmupRounds).
        // The service's row is the template of the bare rows.
        int warmups = 0;
        double compilerShare = 1;
        while (warmups < warmupRounds || compilerShare >= 0.05 && warmups < MAX_WARMUP_ROUNDS) {
            Run warmup = serviceRound(2, 2_000);
            compilerShare = warmup.cpu().byThreadName().getOrDefault(JIT_THREADS, 0L) / (double) Math.max(1, warmup.cpu().jvmNanos());
            warmups++;
        }
        report("warm-up: %d service rounds of 2,000; the JIT compiler took %.0f %% of the JVM's CPU in the last", warmups,
                compilerShare * 100);
        ReceiptRows receiptRows = lastReceiptRows();
        Map<String, Object> template = receiptRows.dossier();
        for (int w = 0; w < warmupRounds; w++) {
            bareRound(2, 2_000, template, "W" + w);
            bareReceiptRowsRound(2, 2_000, receiptRows, "W" + w);
        }
        long auditBefore = auditEntries();
        int serviceTotal = 0;
        for (int threads : concurrency) {
            List<Double> service = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            List<Double> bareRows = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> rowRatios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // interleaved, the service always between the two baselines, whose order alternates: all three
                // see the same load
                String tag = threads + "-" + round;
                Run b;
                Run r;
                Run s;
                if (round % 2 == 1) {
                    b = bareRound(threads, submissions, template, tag);
                    s = serviceRound(threads, submissions);
                    r = bareReceiptRowsRound(threads, submissions, receiptRows, tag);
                } else {
                    r = bareReceiptRowsRound(threads, submissions, receiptRows, tag);
                    s = serviceRound(threads, submissions);
                    b = bareRound(threads, submissions, template, tag);
                }
                serviceTotal += submissions;
                service.add(s.rate());
                bare.add(b.rate());
                bareRows.add(r.rate());
                ratios.add(s.rate() / b.rate());
                rowRatios.add(s.rate() / r.rate());
                report("  %d clients, round %d: service %,.0f/s (p50 %.2f ms, p99 %.2f ms), bare receipt rows %,.0f/s (p50 %.2f ms, p99 %.2f ms), ratio %.2f; bare dossier row alone %,.0f/s (p50 %.2f ms), ratio %.2f; service %s, bare rows %s, bare row alone %s; load %s",
                        threads, round, s.rate(), s.percentile(50), s.percentile(99), r.rate(), r.percentile(50), r.percentile(99),
                        s.rate() / r.rate(), b.rate(), b.percentile(50), s.rate() / b.rate(), s.cpuPerOperation(), r.cpuPerOperation(),
                        b.cpuPerOperation(), loadAverage());
                report("    service's other JVM threads: %s; PostgreSQL: service %s, bare rows %s, bare row alone %s", s.otherThreads(),
                        s.postgresDetail(), r.postgresDetail(), b.postgresDetail());
            }
            // the target compares with the same rows written bare (the issue: "bare single-row JDBC inserts of the
            // same rows"); the dossier row alone is printed beside it to show what the other rows cost
            report("%d clients, %d × %,d submissions: service median %,.0f/s, bare receipt rows median %,.0f/s, median ratio %.2f (target ≥ 0.5); bare dossier row alone median %,.0f/s, median ratio %.2f",
                    threads, rounds, submissions, median(service), median(bareRows), median(rowRatios), median(bare), median(ratios));
        }
        // what the service guarantees still held under load: every receipt audited, the chain intact
        assertThat(auditEntries() - auditBefore).isGreaterThanOrEqualTo(serviceTotal);
        assertThat(audit.verify().intact()).isTrue();
        report("checked: %,d service receipts, codes consecutive per day from 0001, %,d audit entries added, chain intact; %d mails received",
                serviceTotal, auditEntries() - auditBefore, mailsReceived());
        awaitMailDelivered();
        clock.reset();
    }

    /**
     * Waits until the outbox has sent every mail the receipts queued, and reports how long that took: the
     * sender falls behind a burst of receipts (they never wait for it), and what it still has to send would
     * otherwise run during the parts that follow.
     */
    private void awaitMailDelivered() throws InterruptedException {
        long started = System.nanoTime();
        long pending = count("select count(*) from mail_outbox where state = 'PENDING'");
        long before = pending;
        while (pending > 0 && System.nanoTime() - started < java.util.concurrent.TimeUnit.MINUTES.toNanos(10)) {
            Thread.sleep(200);
            pending = count("select count(*) from mail_outbox where state = 'PENDING'");
        }
        report("mail: %,d still to send after the last round, all sent %.1f s later (%,d left)", before,
                (System.nanoTime() - started) / 1e9, pending);
    }

    /** N online submissions of the marital-status form on a fresh working day; checks the day's codes are 1..N. */
    private Run serviceRound(int threads, int n) throws Exception {
        LocalDate day = freshDay();
        clock.set(day.atTime(9, 0).atZone(WorkingCalendar.VIETNAM).toInstant());
        Run run = Run.of(threads, n, i -> dossiers.submitOnline(CITIZEN, submission("svc-" + day + "-" + i)));
        String prefix = agency.profile().orElseThrow().identifierCode() + "-" + YYMMDD.format(day) + "-";
        Map<String, Object> codes = jdbc.sql("""
                select count(*) as n, max(cast(split_part(code, '-', 3) as int)) as last from publicservice_dossier where code like ?
                """).param(prefix + "%").query().singleRow();
        assertThat(((Number) codes.get("n")).intValue()).isEqualTo(n);
        assertThat(((Number) codes.get("last")).intValue()).isEqualTo(n);
        return run;
    }

    /** N single-row inserts of the same dossier row, each its own transaction, through the same pool. */
    private Run bareRound(int threads, int n, Map<String, Object> row, String tag) throws Exception {
        return Run.of(threads, n, i -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(BARE_INSERT)) {
                c.setAutoCommit(true);
                bindDossier(insert, row, "BARE-" + tag + "-" + i);
                insert.executeUpdate();
            }
        });
    }

    /**
     * The second baseline: every row a receipt writes (the dossier, its history row, its two monitoring
     * events, its audit entry, its mail), each by a single-row insert, one transaction per dossier, with
     * nothing computed: no validation, no code from the counter, no appointment, no hash chain, no mail sent.
     * The audit entry and the mail go to copies of their tables ({@code like … including all}: same columns
     * and indexes), so the real chain stays verifiable and the outbox sender never sees them.
     */
    private Run bareReceiptRowsRound(int threads, int n, ReceiptRows rows, String tag) throws Exception {
        return Run.of(threads, n, i -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement dossier = c.prepareStatement(BARE_INSERT + " returning id");
                 PreparedStatement history = c.prepareStatement(BARE_HISTORY);
                 PreparedStatement event = c.prepareStatement(BARE_EVENT);
                 PreparedStatement auditEntry = c.prepareStatement(BARE_AUDIT);
                 PreparedStatement mail = c.prepareStatement(BARE_MAIL)) {
                c.setAutoCommit(false);
                String code = "ROWS-" + tag + "-" + i;
                bindDossier(dossier, rows.dossier(), code);
                long id;
                try (var rs = dossier.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                Map<String, Object> h = rows.history();
                history.setLong(1, id);
                history.setTimestamp(2, (Timestamp) h.get("at"));
                history.setObject(3, h.get("actor"));
                history.setObject(4, h.get("action"));
                history.setObject(5, h.get("step_position"));
                history.setTimestamp(6, (Timestamp) h.get("step_due_at"));
                history.setObject(7, h.get("note"));
                history.executeUpdate();
                for (Map<String, Object> e : rows.events()) {
                    event.setTimestamp(1, (Timestamp) e.get("at"));
                    event.setObject(2, e.get("kind"));
                    event.setObject(3, e.get("procedure_code"));
                    event.setLong(4, id);
                    event.setObject(5, e.get("actor"));
                    event.setObject(6, e.get("step_position"));
                    event.executeUpdate();
                }
                Map<String, Object> a = rows.audit();
                auditEntry.setTimestamp(1, (Timestamp) a.get("occurred_at"));
                auditEntry.setObject(2, a.get("actor"));
                auditEntry.setObject(3, a.get("action"));
                auditEntry.setObject(4, a.get("object_type"));
                auditEntry.setString(5, code);
                auditEntry.setObject(6, a.get("details"));
                auditEntry.setObject(7, a.get("remote_address"));
                auditEntry.setObject(8, a.get("previous_hash"));
                auditEntry.setObject(9, a.get("hash"));
                auditEntry.executeUpdate();
                Map<String, Object> m = rows.mail();
                mail.setObject(1, m.get("recipient"));
                mail.setObject(2, m.get("subject"));
                mail.setObject(3, m.get("body"));
                mail.setObject(4, m.get("unsubscribe_url"));
                mail.setString(5, code);
                mail.executeUpdate();
                c.commit();
            }
        });
    }

    /** The rows of the service's last receipt, the templates of {@link #bareReceiptRowsRound}. */
    private record ReceiptRows(Map<String, Object> dossier, Map<String, Object> history, List<Map<String, Object>> events,
                               Map<String, Object> audit, Map<String, Object> mail) {
    }

    private ReceiptRows lastReceiptRows() {
        Map<String, Object> dossier = jdbc.sql("select * from publicservice_dossier order by id desc limit 1").query().singleRow();
        Object id = dossier.get("id");
        jdbc.sql("create table if not exists bench_audit_entry (like audit_entry including all)").update();
        jdbc.sql("create sequence if not exists bench_audit_entry_id").update();
        jdbc.sql("create table if not exists bench_mail_outbox (like mail_outbox including all)").update();
        return new ReceiptRows(dossier,
                jdbc.sql("select * from publicservice_dossier_history where dossier_id = ?").param(id).query().singleRow(),
                jdbc.sql("select * from publicservice_event where dossier_id = ? order by id").param(id).query().listOfRows(),
                jdbc.sql("select * from audit_entry where object_type = 'dossier' and object_id = ?").param(dossier.get("code")).query().singleRow(),
                jdbc.sql("select * from mail_outbox where reference = ?").param(dossier.get("code")).query().singleRow());
    }

    private static void bindDossier(PreparedStatement insert, Map<String, Object> row, String code) throws java.sql.SQLException {
        insert.setString(1, code);
        insert.setObject(2, row.get("procedure_code"));
        insert.setObject(3, row.get("applicant_username"));
        insert.setObject(4, row.get("applicant_name"));
        insert.setObject(5, row.get("applicant_citizen_id"));
        insert.setObject(6, row.get("applicant_phone"));
        insert.setObject(7, row.get("applicant_email"));
        insert.setString(8, row.get("form_data").toString());
        insert.setObject(9, row.get("channel"));
        insert.setObject(10, row.get("received_by"));
        insert.setTimestamp(11, (Timestamp) row.get("received_at"));
        insert.setTimestamp(12, (Timestamp) row.get("due_at"));
        insert.setTimestamp(13, (Timestamp) row.get("step_started_at"));
        insert.setTimestamp(14, (Timestamp) row.get("step_due_at"));
        insert.setObject(15, row.get("lookup_secret"));
        insert.setString(16, code.toLowerCase(Locale.ROOT));
        insert.setObject(17, row.get("reused_fields"));
        insert.setObject(18, row.get("reused_sources"));
    }

    private static DossierSubmission submission(String idempotencyKey) {
        DossierSubmission marital = DossierFixtures.marital();
        return new DossierSubmission(marital.procedureCode(), marital.values(), List.of(), idempotencyKey);
    }

    // (2) ---------------------------------------------------------------------------------------------

    private void submissionsOverHttp() throws Exception {
        if (!wrkInstalled()) {
            report("HTTP: wrk is not installed (apt-get install wrk): not measured");
            return;
        }
        Path sessions = work.resolve("sessions.txt");
        List<String> lines = new ArrayList<>();
        lines.add("/thu-tuc/" + DossierFixtures.MARITAL + "/nop-ho-so");
        lines.add(DossierFixtures.marital().values().entrySet().stream()
                .map(e -> "f_" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        for (int i = 0; i < 16; i++) {
            lines.add(login(CITIZEN));
        }
        Files.write(sessions, lines, StandardCharsets.UTF_8);
        // part 1 warmed up the service, not the HTTP path (security filters, form binding, the redirect's
        // flash attributes), which the JIT compiles during its first seconds: not counted, as in part 1.
        // (The 200-370 ms p99 once blamed on this came from the checkpoint above.)
        LocalDate warmupDay = freshDay();
        clock.set(warmupDay.atTime(9, 0).atZone(WorkingCalendar.VIETNAM).toInstant());
        Wrk warmup = wrk("submit.lua", sessions, 2, 2, warmupDay.toString());
        report("HTTP warm-up: %,d submissions in %d s (not counted)", warmup.requests(), wrkSeconds);
        for (int connections : concurrency) {
            LocalDate day = freshDay();
            clock.set(day.atTime(9, 0).atZone(WorkingCalendar.VIETNAM).toInstant());
            long before = count("select count(*) from publicservice_dossier");
            Wrk w = wrk("submit.lua", sessions, Math.min(2, connections), connections, day.toString());
            long received = count("select count(*) from publicservice_dossier") - before;
            report("HTTP POST /thu-tuc/%s/nop-ho-so, wrk %d connections, %d s: %,.0f submissions/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms; %,d requests, %d not a receipt, %,d dossiers stored; load %s",
                    DossierFixtures.MARITAL, connections, wrkSeconds, w.rate(), w.p50(), w.p90(), w.p99(), w.max(), w.requests(),
                    w.failures(), received, loadAverage());
        }
        clock.reset();
    }

    /** Logs in as a browser does and returns "Cookie header\tCSRF token of the e-form page", url-encoded. */
    private String login(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(client.send(HttpRequest.newBuilder(uri("/dang-nhap")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + username + "&password=" + URLEncoder.encode(CongsoIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String page = client.send(HttpRequest.newBuilder(uri("/thu-tuc/" + DossierFixtures.MARITAL + "/nop-ho-so")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String cookie = cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return cookie + "\t" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // (3) ---------------------------------------------------------------------------------------------

    private void statusLookup() throws Exception {
        String unit = agency.profile().orElseThrow().identifierCode();
        long started = System.nanoTime();
        loadDossiers(unit);
        long total = count("select count(*) from publicservice_dossier");
        report("loaded %,d dossiers (and one history row each) in %.0f s; %,d dossiers in the table; load %s",
                loaded, (System.nanoTime() - started) / 1e9, total, loadAverage());
        List<String[]> sample = jdbc.sql("""
                select code, lookup_secret from publicservice_dossier where idempotency_key like 'load-%' order by random() limit 20000
                """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String plan : jdbc.sql("explain (analyze, costs off, timing off, summary off) select * from publicservice_dossier where code = ?")
                .param(sample.get(0)[0]).query(String.class).list()) {
            report("  plan: %s", plan);
        }
        for (String plan : jdbc.sql("explain (analyze, costs off, timing off, summary off) select * from publicservice_dossier_history where dossier_id = (select id from publicservice_dossier where code = ?) order by id")
                .param(sample.get(0)[0]).query(String.class).list()) {
            report("  plan: %s", plan);
        }

        // through the service and bare JDBC (the dossier row and its history by code), alternately
        int lookups = Math.min(sample.size(), 20_000);
        long[] service = new long[lookups];
        long[] bare = new long[lookups];
        try (Connection c = dataSource.getConnection();
             PreparedStatement byCode = c.prepareStatement("select * from publicservice_dossier where code = ?");
             PreparedStatement history = c.prepareStatement("select * from publicservice_dossier_history where dossier_id = ? order by id")) {
            for (int i = 0; i < 2_000; i++) {
                String[] s = sample.get(i);
                queries.lookup(s[0], s[1]);
                bareLookup(byCode, history, s[0]);
            }
            for (int i = 0; i < lookups; i++) {
                String[] s = sample.get(i);
                long t = System.nanoTime();
                var status = queries.lookup(s[0], s[1]);
                service[i] = System.nanoTime() - t;
                assertThat(status.withSecret()).isTrue();
                t = System.nanoTime();
                bareLookup(byCode, history, s[0]);
                bare[i] = System.nanoTime() - t;
            }
        }
        report("status lookup through the service (with the secret), %,d random codes of %,d: p50 %.3f ms, p99 %.3f ms, max %.1f ms; bare JDBC (row + history by code): p50 %.3f ms, p99 %.3f ms; ratio p99 %.1f (target ≤ 5 ms)",
                lookups, total, percentile(service, 50), percentile(service, 99), percentile(service, 100),
                percentile(bare, 50), percentile(bare, 99), percentile(service, 99) / percentile(bare, 99));

        if (!wrkInstalled()) {
            return;
        }
        Path paths = work.resolve("status-paths.txt");
        Files.write(paths, sample.stream().map(s -> "/api/v1/dossiers/" + s[0] + "/status?secret=" + s[1]).toList(), StandardCharsets.UTF_8);
        wrk("status.lua", paths, 1, 1); // warm-up
        for (int connections : new int[] {1, concurrency[0], concurrency[concurrency.length - 1]}) {
            Wrk w = wrk("status.lua", paths, Math.min(2, connections), connections);
            report("HTTP GET /api/v1/dossiers/{code}/status?secret=…, wrk %d connections, %d s: %,.0f lookups/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms; %,d requests, %d not 200 (target p99 ≤ 5 ms); load %s",
                    connections, wrkSeconds, w.rate(), w.p50(), w.p90(), w.p99(), w.max(), w.requests(), w.failures(), loadAverage());
        }
    }

    private static void bareLookup(PreparedStatement byCode, PreparedStatement history, String code) throws Exception {
        byCode.setString(1, code);
        long id;
        try (ResultSet rs = byCode.executeQuery()) {
            rs.next();
            id = rs.getLong("id");
            rs.getString("form_data");
        }
        history.setLong(1, id);
        try (ResultSet rs = history.executeQuery()) {
            while (rs.next()) {
                rs.getString("action");
            }
        }
    }

    /**
     * 1,000,000 dossiers in 2024 (4,000 a day, realistic codes, 8-character secrets from the receipt's
     * alphabet, both procedures, every state) and their reception history, generated by PostgreSQL.
     */
    private void loadDossiers(String unit) throws Exception {
        String form = DossierRepository.json(new java.util.TreeMap<>(DossierFixtures.marital().values()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into publicservice_dossier (code, procedure_code, applicant_username, applicant_name, applicant_citizen_id,
                      applicant_phone, applicant_email, form_data, channel, status, received_at, due_at, step_position,
                      step_started_at, step_due_at, lookup_secret, idempotency_key, finished_at)
                    select ? || '-' || to_char(d.day, 'YYMMDD') || '-' || lpad((g.i % 4000 + 1)::text, 4, '0'),
                      case when g.i % 3 = 0 then '1.001193' else '1.004873' end,
                      'congdan' || (g.i % 50000), 'Công dân số ' || g.i, lpad(g.i::text, 12, '0'), '09' || lpad((g.i % 100000000)::text, 8, '0'),
                      'congdan' || (g.i % 50000) || '@example.invalid', cast(? as jsonb),
                      case when g.i % 5 = 0 then 'COUNTER' else 'ONLINE' end,
                      (array['FINISHED','FINISHED','FINISHED','PROCESSING','WAITING_SUPPLEMENT','RESULT_READY','REFUSED','WITHDRAWN'])[g.i % 8 + 1],
                      d.at, d.at + interval '3 days', 1, d.at, d.at + interval '8 hours',
                      (select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 1 + (get_byte(h.b, k) % 32), 1), '')
                         from generate_series(0, 7) k),
                      'load-' || g.i,
                      case when g.i % 8 < 3 then d.at + interval '2 days' end
                    from generate_series(?, ?) g(i)
                    cross join lateral (select date '2024-01-01' + g.i / 4000 as day,
                                               (date '2024-01-01' + g.i / 4000) + time '02:00' + (g.i % 4000) * interval '7 seconds' as at) d
                    cross join lateral (select decode(md5(g.i::text || 'bí mật'), 'hex') as b) h
                    """)) {
                for (int from = 0; from < loaded; from += 100_000) {
                    insert.setString(1, unit);
                    insert.setString(2, form);
                    insert.setInt(3, from);
                    insert.setInt(4, Math.min(loaded, from + 100_000) - 1);
                    insert.executeUpdate();
                }
            }
            s.execute("""
                    insert into publicservice_dossier_history (dossier_id, at, actor, action, step_position, step_due_at, timeliness, note)
                    select id, received_at, applicant_username, 'RECEIVED', 1, step_due_at, null, channel
                    from publicservice_dossier where idempotency_key like 'load-%'
                    """);
            s.execute("vacuum analyze publicservice_dossier");
            s.execute("vacuum analyze publicservice_dossier_history");
        }
        // the load dirtied about a gigabyte of pages; without a checkpoint now the checkpointer writes
        // them back during the lookups that follow (bare JDBC p99 went from 0.2 to 1.8 ms)
        checkpoint("after the load");
    }

    /**
     * Writes back what the previous part dirtied, so the checkpoint its WAL triggers does not fall into
     * the part measured next (needs {@code grant pg_checkpoint to congso}; without it says so and goes on).
     */
    private void checkpoint(String when) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long started = System.nanoTime();
            s.execute("checkpoint");
            report("checkpoint %s: %.1f s", when, (System.nanoTime() - started) / 1e9);
        } catch (java.sql.SQLException e) {
            report("no checkpoint %s (the role needs pg_checkpoint: grant pg_checkpoint to congso): %s", when, e.getMessage());
        }
    }

    // wrk, measuring ------------------------------------------------------------------------------------

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Wrk(long requests, double seconds, long failures, double p50, double p90, double p99, double max) {

        double rate() {
            return requests / seconds;
        }
    }

    /** Runs wrk in its own process and reads the RESULT line its script prints. */
    private Wrk wrk(String script, Path data, int threads, int connections, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + wrkSeconds + "s",
                "--timeout", "10s", "-s", scripts.resolve(script).toString(), "http://127.0.0.1:" + port, "--", data.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("RESULT requests=(\\d+) duration_us=(\\d+) failures=(\\d+) errors=(\\d+) p50_us=(\\d+) p90_us=(\\d+) p99_us=(\\d+) max_us=(\\d+)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        return new Wrk(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)), Long.parseLong(m.group(5)) / 1e3,
                Long.parseLong(m.group(6)) / 1e3, Long.parseLong(m.group(7)) / 1e3, Long.parseLong(m.group(8)) / 1e3);
    }

    /** A working day no round has used yet: each round starts the daily code sequence at 0001. */
    private LocalDate freshDay() {
        LocalDate day = nextDay;
        while (!isPlainWeekday(day)) {
            day = day.plusDays(1);
        }
        nextDay = day.plusDays(1);
        return day;
    }

    private static boolean isPlainWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private long auditEntries() {
        return count("select count(*) from audit_entry");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @FunctionalInterface
    private interface Operation {
        void run(int index) throws Exception;
    }

    /** N operations shared by a fixed number of client threads; the wall time and each operation's latency. */
    private record Run(long nanos, long[] latencies, Cpu cpu, long clientCpuNanos) {

        static Run of(int threads, int n, Operation operation) throws Exception {
            AtomicInteger next = new AtomicInteger();
            long[] latencies = new long[n];
            List<Thread> clients = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicLong clientCpu = new java.util.concurrent.atomic.AtomicLong();
            for (int t = 0; t < threads; t++) {
                clients.add(new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < n && failures.isEmpty(); i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        try {
                            operation.run(i);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                        latencies[i] = System.nanoTime() - s;
                    }
                    clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }));
            }
            Cpu before = Cpu.now();
            long start = System.nanoTime();
            clients.forEach(Thread::start);
            for (Thread c : clients) {
                c.join();
            }
            long nanos = System.nanoTime() - start;
            if (!failures.isEmpty()) {
                throw new IllegalStateException("an operation failed", failures.get(0));
            }
            return new Run(nanos, latencies, Cpu.now().minus(before), clientCpu.get());
        }

        /**
         * CPU milliseconds per operation: the whole machine's, and this JVM's share of it, split into the
         * client threads, the receipt writer, the mail sender and the rest (JIT, GC, SMTP server).
         */
        String cpuPerOperation() {
            String machine = cpu.machineNanos() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", cpu.machineNanos() / 1e6 / latencies.length);
            double n = latencies.length * 1e6;
            String postgres = cpu.postgres().isEmpty() ? "?" : String.format(Locale.ROOT, "%.2f", cpu.postgres().values().stream().mapToLong(Long::longValue).sum() / n);
            return String.format(Locale.ROOT, "CPU %s ms/op (PostgreSQL %s; JVM %.2f: clients %.2f, writer %.2f, mail %.2f, other %.2f)",
                    machine, postgres, cpu.jvmNanos() / n, clientCpuNanos / n, cpu.writerNanos() / n, cpu.mailNanos() / n,
                    (cpu.jvmNanos() - clientCpuNanos - cpu.writerNanos() - cpu.mailNanos()) / n);
        }

        /** PostgreSQL's CPU ms/op by kind of process, and the WAL it wrote per operation. */
        String postgresDetail() {
            double n = latencies.length * 1e6;
            return cpu.postgres().entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / n)).collect(Collectors.joining(", "))
                    + String.format(Locale.ROOT, "; WAL %,.0f bytes/op", (double) cpu.walBytes() / latencies.length);
        }

        /** The three busiest thread names of the JVM but the clients, receipt writer and mail sender, in ms/op. */
        String otherThreads() {
            double n = latencies.length * 1e6;
            return cpu.byThreadName().entrySet().stream()
                    .filter(e -> !e.getKey().equals(Cpu.WRITER) && !e.getKey().equals(Cpu.MAIL) && !e.getKey().startsWith("Thread-"))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / n)).collect(Collectors.joining(", "));
        }

        double rate() {
            return latencies.length / (nanos / 1e9);
        }

        double percentile(double p) {
            return DossierBenchmark.percentile(latencies, p);
        }
    }

    /**
     * Busy CPU time of the whole machine (from /proc/stat, so PostgreSQL's processes are in it) and of this
     * JVM: whether a side is bound by the two cores or by waiting, and where its CPU goes.
     */
    private record Cpu(long machineNanos, long jvmNanos, Map<String, Long> byThreadName, Map<String, Long> postgres, long walBytes) {

        /** The receipt writer and the mail sender as /proc names them (15 characters at most). */
        private static final String WRITER = "dossier-receipt";
        private static final String MAIL = "mail-outbox";

        long writerNanos() {
            return byThreadName.getOrDefault(WRITER, 0L);
        }

        long mailNanos() {
            return byThreadName.getOrDefault(MAIL, 0L);
        }

        /** The name in a /proc …/stat line. */
        private static String name(String stat) {
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        }

        /** utime + stime of a /proc …/stat line (fields 14 and 15, in USER_HZ: 100 per second), in nanoseconds. */
        private static long cpuNanos(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        }

        /** Where the WAL position is read (the benchmark's own connection pool), set before the first round. */
        static volatile JdbcClient wal;

        /**
         * CPU time of the processes named "postgres", by kind (backends, walwriter, autovacuum, checkpointer …),
         * from /proc; empty when /proc cannot be read. A backend that ended during a round is not counted.
         */
        private static Map<String, Long> postgresTime() {
            Map<String, Long> times = new java.util.TreeMap<>();
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        if (name(stat).equals("postgres")) {
                            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
                            // "postgres: 15/main: walwriter", "postgres: 15/main: congso congso_test_… 127.0.0.1(…) idle"
                            String[] words = command.replace('\0', ' ').split("\\s+");
                            String kind = words.length > 2 && command.startsWith("postgres:") ? words[2] : "postmaster";
                            kind = kind.startsWith("congso") ? "backends" : kind;
                            times.merge(kind, cpuNanos(stat), Long::sum);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
            return times;
        }

        private static long walPosition() {
            JdbcClient client = wal;
            return client == null ? 0 : client.sql("select cast(pg_current_wal_lsn() - '0/0' as bigint)").query(Long.class).single();
        }

        /**
         * CPU time of every thread of this process by name with its digits dropped ("C2 CompilerThread",
         * "GC Thread#"), from /proc/self/task: the JIT and GC threads the JVM's thread bean does not list.
         */
        private static Map<String, Long> threadTimes() {
            Map<String, Long> times = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        times.merge(name(stat).replaceAll("\\d+", ""), cpuNanos(stat), Long::sum);
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
            return times;
        }

        static Cpu now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            Map<String, Long> threads = threadTimes();
            Map<String, Long> postgres = postgresTime();
            long walBytes = walPosition();
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                // user nice system idle iowait irq softirq steal: busy is all but idle and iowait
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(f[i]);
                }
                // /proc/stat counts in USER_HZ, which the kernel fixes at 100 per second for user space
                return new Cpu(busy * 10_000_000L, jvm, threads, postgres, walBytes);
            } catch (IOException | RuntimeException e) {
                // not Linux: the machine's share is unknown, printed as "?" rather than as zero
                return new Cpu(-1, jvm, threads, postgres, walBytes);
            }
        }

        Cpu minus(Cpu earlier) {
            long machine = machineNanos < 0 || earlier.machineNanos < 0 ? -1 : machineNanos - earlier.machineNanos;
            Map<String, Long> threads = new java.util.TreeMap<>();
            byThreadName.forEach((name, nanos) -> threads.put(name, nanos - earlier.byThreadName.getOrDefault(name, 0L)));
            Map<String, Long> postgresDelta = new java.util.TreeMap<>();
            postgres.forEach((kind, nanos) -> postgresDelta.put(kind, nanos - earlier.postgres.getOrDefault(kind, 0L)));
            return new Cpu(machine, jvmNanos - earlier.jvmNanos, threads, postgresDelta, walBytes - earlier.walBytes);
        }
    }

    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + line);
        results.add(line);
    }
}
