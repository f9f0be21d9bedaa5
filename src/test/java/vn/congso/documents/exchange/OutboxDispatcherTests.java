package vn.congso.documents.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.documents.edxml.ResponseFor;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.persistence.OutboxDyingAfterSending;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.EdxmlFixtures;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.EdxmlWriter;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.persistence.IncomingEnvelopeRepository;
import vn.congso.documents.persistence.OutboxRepository;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

/**
 * Delivery through the outbox. The application under test plays the receiving agency (Thanh Định);
 * dispatchers built here play a sending agency whose peer list points at it.
 */
@CongsoIntegrationTest
class OutboxDispatcherTests {

    @LocalServerPort
    int port;

    @Autowired
    DocumentExchange exchange;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    IncomingEnvelopeRepository incoming;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EdxmlReader reader;

    @Autowired
    EdxmlWriter writer;

    @Autowired
    RestClient.Builder http;

    @Autowired
    DocumentsProperties configured;

    @Autowired
    JdbcClient jdbc;

    static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void queuedEnvelopeIsDeliveredToThePeersInboxAndMarkedArrived() {
        Envelope envelope = EdxmlFixtures.decision(201);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);

        sender(Clock.systemUTC()).dispatchDue();

        OutboxRepository.State state = outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow();
        assertThat(state.state()).isEqualTo("DELIVERED");
        assertThat(state.statusCode()).isEqualTo("01");
        assertThat(incoming.countByDocumentId(envelope.documentId())).isEqualTo(1);
    }

    @Test
    void envelopeThePeerRefusesIsMarkedRefusedWithThePeersReason() {
        // addressed to Bảo Linh but delivered to Thanh Định, which answers 02
        Envelope envelope = EdxmlFixtures.decision(EdxmlFixtures.BAO_LINH, AgencyIdentifier.of("000.00.03.H55"), 202);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);

        sender(Clock.systemUTC()).dispatchDue();

        OutboxRepository.State state = outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow();
        assertThat(state.state()).isEqualTo("REJECTED");
        assertThat(state.lastError()).isEqualTo("Gói tin không gửi đến cơ quan này (000.00.01.H55).");
    }

    @Test
    void unreachablePeerIsRetriedLaterWithGrowingWaits() {
        Envelope envelope = EdxmlFixtures.decision(EdxmlFixtures.THANH_DINH, EdxmlFixtures.BAO_LINH, 203);
        transactions.executeWithoutResult(tx -> exchange.send(EdxmlFixtures.BAO_LINH, envelope));
        Instant start = Instant.now();
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, configured, reader, http);

        dispatcher.dispatchDue();
        OutboxRepository.State afterFirst = outbox.state("000.00.02.H55", envelope.documentId()).orElseThrow();
        dispatcher.dispatchDue();
        OutboxRepository.State notYetDue = outbox.state("000.00.02.H55", envelope.documentId()).orElseThrow();
        new OutboxDispatcher(outbox, configured, reader, http,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(31))).dispatchDue();
        OutboxRepository.State afterSecond = outbox.state("000.00.02.H55", envelope.documentId()).orElseThrow();

        assertThat(afterFirst.state()).isEqualTo("PENDING");
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isBetween(start.plusSeconds(29), start.plusSeconds(40));
        assertThat(afterFirst.lastError()).isNotBlank();
        assertThat(notYetDue.attempts()).isEqualTo(1);
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isAfter(start.plusSeconds(31 + 59));
    }

    @Test
    void sendingTheSameDocumentTwiceQueuesItOnce() {
        Envelope envelope = EdxmlFixtures.decision(EdxmlFixtures.THANH_DINH, EdxmlFixtures.BAO_LINH, 204);

        transactions.executeWithoutResult(tx -> exchange.send(EdxmlFixtures.BAO_LINH, envelope));
        transactions.executeWithoutResult(tx -> exchange.send(EdxmlFixtures.BAO_LINH, envelope));

        assertThat(outbox.state("000.00.02.H55", envelope.documentId())).isPresent();
        assertThat(outbox.enqueue("000.00.02.H55", envelope.documentId(), "<edXML/>")).isEmpty();
    }

    @Test
    void sendingToAnAgencyWithoutAnAddressIsRefused() {
        Envelope envelope = EdxmlFixtures.decision(EdxmlFixtures.THANH_DINH, AgencyIdentifier.of("000.00.08.H55"), 205);

        assertThatThrownBy(() -> exchange.send(AgencyIdentifier.of("000.00.08.H55"), envelope))
                .isInstanceOf(CongsoException.class)
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(DocumentsError.UNKNOWN_PEER);
    }

    @Test
    void anEnvelopeBeingClaimedByOneDispatcherIsSkippedByAnother() throws Exception {
        Envelope envelope = EdxmlFixtures.decision(206);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);
        Instant later = Instant.now().plusSeconds(1);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // the first claim is kept uncommitted; the second, at the same instant, must skip the row, not wait for it
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            List<String> mine = claimAll(later);
            claimed.countDown();
            await(release);
            return mine;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> second = CompletableFuture.supplyAsync(() -> claimAll(later)).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains(envelope.documentId());
        assertThat(second).doesNotContain(envelope.documentId());
    }

    @Test
    void aClaimedEnvelopeIsNotDueAgainUntilItsLeaseEnds() {
        Envelope envelope = EdxmlFixtures.decision(207);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);
        Instant now = Instant.now().plusSeconds(1);

        assertThat(claimAll(now)).contains(envelope.documentId());
        assertThat(claimAll(now.plus(LEASE).minusSeconds(1))).doesNotContain(envelope.documentId());
        assertThat(claimAll(now.plus(LEASE).plusSeconds(1))).contains(envelope.documentId());
    }

    @Test
    void aDispatcherDyingAfterThePeerAnsweredLeadsToOneRedeliveryAndOneDocumentAtThePeer() {
        Envelope envelope = EdxmlFixtures.decision(208);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);
        Instant now = Instant.now();
        OutboxDispatcher dying = sender(new OutboxDyingAfterSending(jdbc), Clock.fixed(now, ZoneOffset.UTC), port);

        assertThatThrownBy(dying::dispatchDue).hasMessageContaining("died before recording");
        OutboxRepository.State afterCrash = outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow();
        // the peer has it; the sender does not know, and nobody sends it again while the lease runs
        assertThat(incoming.countByDocumentId(envelope.documentId())).isEqualTo(1);
        assertThat(afterCrash.state()).isEqualTo("PENDING");
        sender(Clock.fixed(now.plusSeconds(5), ZoneOffset.UTC)).dispatchDue();
        assertThat(outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow().attempts()).isEqualTo(1);

        OutboxDispatcher restarted = sender(Clock.fixed(now.plus(dying.lease()).plusSeconds(1), ZoneOffset.UTC));
        restarted.dispatchDue();

        OutboxRepository.State state = outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow();
        assertThat(state.state()).isEqualTo("DELIVERED");
        assertThat(state.statusCode()).isEqualTo("01");
        assertThat(state.attempts()).isEqualTo(2);
        assertThat(incoming.countByDocumentId(envelope.documentId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'documents.envelope-received' and object_id = ?")
                .param(envelope.documentId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void noTransactionHoldsTheEnvelopeWhileThePeerIsAnswering() throws Exception {
        Envelope envelope = EdxmlFixtures.decision(209);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);
        long id = jdbc.sql("select id from documents_outbox where document_id = ?").param(envelope.documentId())
                .query(Long.class).single();
        List<String> seenByThePeer = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        peer.createContext(OutboxDispatcher.INBOX_PATH, exchange -> {
            exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
            // while the sender waits for this answer, its outbox row must be free: nowait fails on a held lock
            try {
                seenByThePeer.add(transactions.execute(tx -> jdbc.sql(
                        "select state from documents_outbox where id = ? for update nowait").param(id).query(String.class).single()));
            } catch (RuntimeException e) {
                seenByThePeer.add("locked: " + e.getClass().getSimpleName());
            }
            byte[] answer = writer.write(new StatusEnvelope(new ResponseFor(EdxmlFixtures.BAO_LINH, "209/QĐ-UBND",
                    java.time.LocalDate.of(2026, 11, 20), envelope.documentId()), null, StatusCode.ARRIVED, null,
                    java.time.LocalDateTime.of(2026, 11, 20, 15, 0), null));
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        peer.start();
        try {
            sender(outbox, Clock.systemUTC(), peer.getAddress().getPort()).dispatchDue();
        } finally {
            peer.stop(0);
        }

        assertThat(seenByThePeer).containsExactly("PENDING");
        assertThat(outbox.state("000.00.01.H55", envelope.documentId()).orElseThrow().state()).isEqualTo("DELIVERED");
    }

    @Test
    void waitsDoubleUpToTheLongestWait() {
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, configured, reader, http);

        assertThat(List.of(0, 1, 2, 3, 20, 60).stream().map(dispatcher::backoff)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    private void enqueue(AgencyIdentifier recipient, Envelope envelope) {
        outbox.enqueue(recipient.value(), envelope.documentId(), new String(writer.write(envelope), StandardCharsets.UTF_8));
    }

    /** A sending agency's dispatcher: its peer list has Thanh Định at the application under test. */
    private OutboxDispatcher sender(Clock clock) {
        return sender(outbox, clock, port);
    }

    private OutboxDispatcher sender(OutboxRepository repository, Clock clock, int peerPort) {
        DocumentsProperties sender = new DocumentsProperties(
                Map.of("000.00.01.H55", URI.create("http://127.0.0.1:" + peerPort + "/")),
                configured.maxEnvelopeBytes(), configured.outbox());
        return new OutboxDispatcher(repository, sender, reader, http, clock.withZone(ZoneOffset.UTC));
    }

    /** Claims every envelope due at {@code now}; their DocumentIds. */
    private List<String> claimAll(Instant now) {
        List<String> claimed = new java.util.ArrayList<>();
        for (var e = outbox.claimDue(now, LEASE); e.isPresent(); e = outbox.claimDue(now, LEASE)) {
            claimed.add(e.get().documentId());
        }
        return claimed;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
