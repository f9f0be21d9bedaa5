package vn.congso.portal.engagement;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Q&amp;A, ratings and channels ({@code congso.portal.engagement.*}).
 *
 * <p>Mail (sender, retries) is configured for every module at once: {@code congso.mail.*}.
 *
 * @param categories      subscription categories offered on the form (other modules may announce others)
 * @param webhookPoll     how often webhook deliveries are tried
 * @param firstRetry      wait after the first failed webhook attempt; doubled after each further failure
 * @param maxRetry        longest wait between two webhook attempts
 * @param maxAttempts     attempts before a webhook delivery is given up
 * @param espeak          the espeak-ng program used for loudspeaker audio
 */
@ConfigurationProperties("congso.portal.engagement")
public record EngagementProperties(
        @DefaultValue({"van-ban", "tin-tuc", "hoi-dap"}) List<String> categories,
        @DefaultValue("15s") Duration webhookPoll,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("/usr/bin/espeak-ng") String espeak) {

    /** firstRetry, 2×, 4×, … up to maxRetry, after {@code failedBefore} failures. */
    public Duration backoff(int failedBefore) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failedBefore, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
