package vn.congso.documents.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.Attachment;
import vn.congso.documents.edxml.EdxmlFixtures;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.persistence.OutboxRepository;
import vn.congso.signing.SigningManagement;

/**
 * {@code bench/exchange.sh}: edXML envelopes with a large attachment sent from installation A to installation B
 * through the real exchange (XAdES signing, outbox, HTTP, B's parsing, signature check against A's certificate,
 * idempotent storage, 01 back and marked on A), against a bare HTTP POST of the same signed bytes to a servlet on
 * an embedded Tomcat that reads and discards them. The two paths alternate document by document, so load from
 * elsewhere on the machine falls on both. Not part of the normal test run.
 */
@EnabledIfSystemProperty(named = "congso.bench.exchange.documents", matches = "\\d+")
class ExchangeBenchmark {

    static final String A_ID = TwoAgencyExchangeTests.A_ID;
    static final String B_ID = TwoAgencyExchangeTests.B_ID;
    static final int WARM_UP = 5;

    @Test
    void exchangeBetweenTwoInstallationsAgainstABarePost() throws Exception {
        int documents = Integer.getInteger("congso.bench.exchange.documents");
        int attachmentBytes = Integer.getInteger("congso.bench.exchange.attachment-bytes", 1 << 20);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        int portA = TwoAgencyExchangeTests.freePort();
        int portB = TwoAgencyExchangeTests.freePort();
        Path certificates = Files.createTempDirectory("congso-bench-peers");
        try (ConfigurableApplicationContext a = TwoAgencyExchangeTests.start("bench_a", portA, B_ID, portB,
                certificates.resolve("b.cer"));
             ConfigurableApplicationContext b = TwoAgencyExchangeTests.start("bench_b", portB, A_ID, portA,
                     certificates.resolve("a.cer"))) {
            AgencyManagement agencyB = b.getBean(AgencyManagement.class);
            AgencyProfile p = agencyB.profile().orElseThrow();
            agencyB.updateProfile(new AgencyProfile("Ủy ban nhân dân xã Bảo Linh", p.nameEn(), p.parentName(), p.level(),
                    p.adminUnitCode(), B_ID, "Xã Bảo Linh, huyện Định Hóa, tỉnh Thái Nguyên", p.phone(),
                    "ubndbaolinh@thainguyen.gov.vn", "baolinh.dinhhoa.thainguyen.gov.vn", "Cổng số xã Bảo Linh",
                    "Ủy ban nhân dân xã Bảo Linh", p.securityContactEmail(), p.securityContactPhone()));
            Files.write(certificates.resolve("a.cer"), a.getBean(SigningManagement.class).agencyCertificate().getEncoded());
            Files.write(certificates.resolve("b.cer"), b.getBean(SigningManagement.class).agencyCertificate().getEncoded());

            Tomcat sink = sink(TwoAgencyExchangeTests.freePort());
            try {
                Run run = measure(a, b, sink.getConnector().getLocalPort(), documents, attachmentBytes);
                JdbcClient dbB = b.getBean(JdbcClient.class);
                assertThat(dbB.sql("select count(*) from documents_incoming_envelope").query(Integer.class).single())
                        .isEqualTo(documents + WARM_UP);
                String result = run.report(documents, attachmentBytes, loadBefore,
                        Files.readString(Path.of("/proc/loadavg")).trim());
                System.out.println(result);
                Path out = Path.of("target", "bench", "exchange", "results.txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, result, StandardCharsets.UTF_8);
            } finally {
                sink.stop();
                sink.destroy();
            }
        }
    }

    private static Run measure(ConfigurableApplicationContext a, ConfigurableApplicationContext b, int sinkPort,
                               int documents, int attachmentBytes) throws Exception {
        DocumentExchange exchange = a.getBean(DocumentExchange.class);
        OutboxDispatcher dispatcher = a.getBean(OutboxDispatcher.class);
        OutboxRepository outbox = a.getBean(OutboxRepository.class);
        JdbcClient dbA = a.getBean(JdbcClient.class);
        HttpClient client = HttpClient.newBuilder().build();
        URI sinkUri = URI.create("http://127.0.0.1:" + sinkPort + "/sink");
        AgencyIdentifier to = AgencyIdentifier.of(B_ID);
        Random random = new Random(42);
        Run run = new Run(documents);
        for (int i = 0; i < documents + WARM_UP; i++) {
            Envelope envelope = withAttachment(EdxmlFixtures.decision(AgencyIdentifier.of(A_ID), to, i + 1),
                    attachmentBytes, random);

            long start = System.nanoTime();
            exchange.send(to, envelope);
            long queued = System.nanoTime();
            int tried = dispatcher.dispatchDue();
            long delivered = System.nanoTime();
            OutboxRepository.State state = outbox.state(B_ID, envelope.documentId()).orElseThrow();
            assertThat(tried).isEqualTo(1);
            assertThat(state.state()).as(envelope.documentId() + ": " + state.lastError()).isEqualTo("DELIVERED");
            assertThat(state.statusCode()).isEqualTo("01");

            byte[] sameBytes = dbA.sql("select envelope from documents_outbox where recipient_organ_id = ? and document_id = ?")
                    .params(B_ID, envelope.documentId()).query(String.class).single().getBytes(StandardCharsets.UTF_8);
            long bareStart = System.nanoTime();
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(sinkUri)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sameBytes)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long bareEnd = System.nanoTime();
            assertThat(answer.statusCode()).isEqualTo(200);
            if (i >= WARM_UP) {
                run.add(i - WARM_UP, queued - start, delivered - queued, bareEnd - bareStart, sameBytes.length);
            }
        }
        return run;
    }

    private static Envelope withAttachment(Envelope envelope, int bytes, Random random) {
        byte[] content = new byte[bytes];
        random.nextBytes(content);
        return new Envelope(envelope.header(), envelope.trace(), List.of(new Attachment("tep-dinh-kem",
                "Tệp đính kèm.pdf", "application/pdf", "Tệp đính kèm " + bytes + " byte", content)));
    }

    /** The baseline's server: the same Tomcat as the installations', one servlet that reads the body and drops it. */
    private static Tomcat sink(int port) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("congso-bench-sink").toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "sink", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
                response.setContentType("application/xml");
                response.getOutputStream().write("<ok/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        context.addServletMappingDecoded("/sink", "sink");
        tomcat.start();
        return tomcat;
    }

    /** Per-document times of one run, in nanoseconds. */
    private static final class Run {

        final long[] enqueue;
        final long[] delivery;
        final long[] total;
        final long[] bare;
        long envelopeBytes;

        Run(int n) {
            enqueue = new long[n];
            delivery = new long[n];
            total = new long[n];
            bare = new long[n];
        }

        void add(int i, long enqueueNanos, long deliveryNanos, long bareNanos, int bytes) {
            enqueue[i] = enqueueNanos;
            delivery[i] = deliveryNanos;
            total[i] = enqueueNanos + deliveryNanos;
            bare[i] = bareNanos;
            envelopeBytes = Math.max(envelopeBytes, bytes);
        }

        String report(int n, int attachmentBytes, String loadBefore, String loadAfter) {
            double exchangeSeconds = Arrays.stream(total).sum() / 1e9;
            double bareSeconds = Arrays.stream(bare).sum() / 1e9;
            return String.format(Locale.ROOT, """
                    %d edXML envelopes A → B, attachment %d bytes (signed envelope %d bytes), one at a time, alternating with the baseline
                    exchange (enqueue: write + XAdES sign + outbox; delivery: POST, B parses, verifies, stores, 01 marked on A):
                      enqueue p50 %.1f ms, p95 %.1f ms; delivery p50 %.1f ms, p95 %.1f ms
                      enqueue → 01 on A: p50 %.1f ms, p95 %.1f ms, throughput %.2f documents/s (%.1f MB/s)
                    bare POST of the same bytes to a discarding servlet (embedded Tomcat, JDK HttpClient):
                      p50 %.1f ms, p95 %.1f ms, throughput %.2f documents/s (%.1f MB/s)
                    ratio exchange / bare: p50 %.1f×, p95 %.1f×, throughput %.1f× lower
                    load average before: %s; after: %s
                    """, n, attachmentBytes, envelopeBytes,
                    ms(percentile(enqueue, 50)), ms(percentile(enqueue, 95)),
                    ms(percentile(delivery, 50)), ms(percentile(delivery, 95)),
                    ms(percentile(total, 50)), ms(percentile(total, 95)), n / exchangeSeconds,
                    n * envelopeBytes / exchangeSeconds / 1e6,
                    ms(percentile(bare, 50)), ms(percentile(bare, 95)), n / bareSeconds, n * envelopeBytes / bareSeconds / 1e6,
                    percentile(total, 50) / (double) percentile(bare, 50), percentile(total, 95) / (double) percentile(bare, 95),
                    exchangeSeconds / bareSeconds, loadBefore, loadAfter);
        }

        private static long percentile(long[] values, int p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
