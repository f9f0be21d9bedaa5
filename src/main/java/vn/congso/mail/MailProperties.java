package vn.congso.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail outbox ({@code congso.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from        sender address of every message
 * @param poll        how often the outbox is swept for messages due (a commit wakes it at once anyway)
 * @param firstRetry  wait after the first failed attempt; doubled after each further failure
 * @param maxRetry    longest wait between two attempts
 * @param maxAttempts attempts before a message is given up ({@code FAILED}); with the defaults
 *                    30 s, 1 min, 2 min, … then hourly: about two days of outage
 * @param batchSize   most messages sent over one SMTP connection
 * @param gather      how long a woken sender waits for more commits before it sends: in a burst of
 *                    receipts it then sends them in batches instead of one SMTP round per commit
 */
@ConfigurationProperties("congso.mail")
public record MailProperties(
        @DefaultValue("no-reply@localhost") String from,
        @DefaultValue("10s") Duration poll,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("55") int maxAttempts,
        @DefaultValue("50") int batchSize,
        @DefaultValue("100ms") Duration gather) {

    public MailProperties {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("congso.mail.max-attempts and batch-size must be at least 1");
        }
    }

    /** firstRetry, 2×, 4×, … up to maxRetry, after {@code failedBefore} failures. */
    public Duration backoff(int failedBefore) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failedBefore, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
