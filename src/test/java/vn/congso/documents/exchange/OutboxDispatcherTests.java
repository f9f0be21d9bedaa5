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
import org.junit.jupiter.api.Test;
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
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, transactions, configured, reader, http);

        dispatcher.dispatchDue();
        OutboxRepository.State afterFirst = outbox.state("000.00.02.H55", envelope.documentId()).orElseThrow();
        dispatcher.dispatchDue();
        OutboxRepository.State notYetDue = outbox.state("000.00.02.H55", envelope.documentId()).orElseThrow();
        new OutboxDispatcher(outbox, transactions, configured, reader, http,
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
    void anEnvelopeBeingSentByOneDispatcherIsSkippedByAnother() throws Exception {
        Envelope envelope = EdxmlFixtures.decision(206);
        enqueue(EdxmlFixtures.THANH_DINH, envelope);
        Instant later = Instant.now().plusSeconds(1);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<List<OutboxRepository.Entry>> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            List<OutboxRepository.Entry> mine = outbox.lockDue(later, 1000);
            locked.countDown();
            await(release);
            return mine;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        List<OutboxRepository.Entry> second = transactions.execute(tx -> outbox.lockDue(later, 1000));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).extracting(OutboxRepository.Entry::documentId).contains(envelope.documentId());
        assertThat(second).extracting(OutboxRepository.Entry::documentId).doesNotContain(envelope.documentId());
    }

    @Test
    void waitsDoubleUpToTheLongestWait() {
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, transactions, configured, reader, http);

        assertThat(List.of(0, 1, 2, 3, 20, 60).stream().map(dispatcher::backoff)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    private void enqueue(AgencyIdentifier recipient, Envelope envelope) {
        outbox.enqueue(recipient.value(), envelope.documentId(), new String(writer.write(envelope), StandardCharsets.UTF_8));
    }

    /** A sending agency's dispatcher: its peer list has Thanh Định at the application under test. */
    private OutboxDispatcher sender(Clock clock) {
        DocumentsProperties sender = new DocumentsProperties(
                Map.of("000.00.01.H55", URI.create("http://127.0.0.1:" + port + "/")),
                configured.maxEnvelopeBytes(), configured.outbox());
        return new OutboxDispatcher(outbox, transactions, sender, reader, http, clock.withZone(ZoneOffset.UTC));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
