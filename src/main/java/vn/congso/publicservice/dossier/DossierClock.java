package vn.congso.publicservice.dossier;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The time dossiers are received and acted on. The system clock, except in tests that move it to
 * check appointments, pauses and lateness.
 */
@Component
public class DossierClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant instant() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void set(Instant fixed) {
        clock = Clock.fixed(fixed, java.time.ZoneOffset.UTC);
    }

    void reset() {
        clock = Clock.systemUTC();
    }
}
