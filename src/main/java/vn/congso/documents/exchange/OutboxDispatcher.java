package vn.congso.documents.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.persistence.OutboxRepository;
import vn.congso.shared.CongsoException;

/**
 * Delivers queued envelopes to peers' inboxes. A peer's status 01/03 marks the envelope
 * delivered, a 02 marks it refused (with the peer's reason); anything else (no answer, a server
 * error, an unreadable answer) is retried later, waiting twice as long after each failure.
 * Each envelope is claimed with a lease before it is sent ({@link OutboxRepository#claimDue}), so no
 * database transaction stays open during the HTTP call, however slow the peer.
 */
@Component
class OutboxDispatcher {

    static final String INBOX_PATH = "/api/v1/edxml/inbox";
    static final String STATUS_PATH = "/api/v1/edxml/status";
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository outbox;
    private final DocumentsProperties properties;
    private final EdxmlReader reader;
    private final RestClient http;
    private final Clock clock;

    @Autowired
    OutboxDispatcher(OutboxRepository outbox, DocumentsProperties properties, EdxmlReader reader,
                     RestClient.Builder http) {
        this(outbox, properties, reader, http, Clock.systemUTC());
    }

    OutboxDispatcher(OutboxRepository outbox, DocumentsProperties properties, EdxmlReader reader,
                     RestClient.Builder http, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.reader = reader;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.outbox().connectTimeout()).build());
        requests.setReadTimeout(properties.outbox().readTimeout());
        this.http = http.clone().requestFactory(requests).build();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${congso.documents.outbox.poll-interval:10s}",
            initialDelayString = "${congso.documents.outbox.poll-interval:10s}")
    void poll() {
        // a full batch means more may be waiting: keep going rather than leave them for the next poll
        int tried;
        do {
            tried = dispatchDue();
        } while (tried == properties.outbox().batchSize());
    }

    /** Sends due envelopes once each, up to a batch; returns how many were tried. */
    int dispatchDue() {
        int tried = 0;
        while (tried < properties.outbox().batchSize()) {
            Optional<OutboxRepository.Entry> entry = outbox.claimDue(clock.instant(), lease());
            if (entry.isEmpty()) {
                break;
            }
            deliver(entry.get());
            tried++;
        }
        return tried;
    }

    /**
     * Long enough for one attempt to finish (reaching the peer, its answer, recording the outcome) before
     * another dispatcher may take the envelope again.
     */
    Duration lease() {
        return properties.outbox().connectTimeout().plus(properties.outbox().readTimeout()).multipliedBy(2);
    }

    private void deliver(OutboxRepository.Entry entry) {
        URI base = properties.peer(entry.recipient()).orElse(null);
        if (base == null) {
            retry(entry, "no address configured for " + entry.recipient());
            return;
        }
        String url = base.toString().replaceAll("/+$", "") + (entry.path() == null ? INBOX_PATH : entry.path());
        try {
            Reply reply = http.post().uri(url).contentType(MediaType.APPLICATION_XML)
                    .body(entry.envelope().getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                            response.getBody().readAllBytes()));
            handle(entry, reply);
        } catch (RestClientException e) {
            retry(entry, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void handle(OutboxRepository.Entry entry, Reply reply) {
        StatusEnvelope status;
        try {
            status = reader.readStatus(reply.body());
        } catch (CongsoException e) {
            retry(entry, "HTTP " + reply.status() + ", no readable status message (" + e.code() + ")");
            return;
        }
        if (status.statusCode() == StatusCode.REJECTED) {
            outbox.rejected(entry.id(), status.description());
        } else {
            outbox.delivered(entry.id(), status.statusCode().code(), clock.instant());
        }
    }

    private void retry(OutboxRepository.Entry entry, String error) {
        Instant next = clock.instant().plus(backoff(entry.attempts()));
        log.info("edXML envelope {} to {} not delivered (attempt {}), next try at {}: {}",
                entry.documentId(), entry.recipient(), entry.attempts() + 1, next, error);
        outbox.retryLater(entry.id(), next, error);
    }

    /** firstRetry, 2×, 4×, … up to maxRetry. */
    Duration backoff(int failedBefore) {
        Duration first = properties.outbox().firstRetry();
        Duration max = properties.outbox().maxRetry();
        Duration wait = first.multipliedBy(1L << Math.min(failedBefore, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private record Reply(int status, byte[] body) {
    }
}
