package vn.congso.documents;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document exchange ({@code congso.documents.*}).
 *
 * @param peers            agencies this installation exchanges documents with: agency identifier
 *                         (e.g. {@code 000.00.02.H55}) to the base URL of their congso instance; an
 *                         envelope from an agency not listed is refused (status 02)
 * @param maxEnvelopeBytes the largest envelope accepted, attachments included (base64 grows files by a third)
 * @param outbox           delivery of outgoing envelopes
 */
@ConfigurationProperties("congso.documents")
public record DocumentsProperties(@DefaultValue Map<String, URI> peers,
                                  @DefaultValue("20971520") long maxEnvelopeBytes,
                                  @DefaultValue Outbox outbox) {

    public DocumentsProperties {
        peers = Map.copyOf(peers);
    }

    public Optional<URI> peer(String agencyIdentifier) {
        return Optional.ofNullable(peers.get(agencyIdentifier));
    }

    /**
     * @param pollInterval  how often due envelopes are sent
     * @param firstRetry    wait after the first failed attempt; doubled after each further failure
     * @param maxRetry      the longest wait between attempts
     * @param batchSize     envelopes taken per poll
     * @param connectTimeout time allowed to reach a peer
     * @param readTimeout   time allowed for a peer's answer
     */
    public record Outbox(@DefaultValue("10s") Duration pollInterval,
                         @DefaultValue("30s") Duration firstRetry,
                         @DefaultValue("1h") Duration maxRetry,
                         @DefaultValue("20") int batchSize,
                         @DefaultValue("10s") Duration connectTimeout,
                         @DefaultValue("60s") Duration readTimeout) {
    }
}
