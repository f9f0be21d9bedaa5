package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.testing.CongsoIntegrationTest;

/** The lock-out rules against the real table, with a clock the test moves instead of waiting 15 minutes. */
@CongsoIntegrationTest
class LoginAttemptsTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    IdentityProperties properties;

    final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        LoginAttempts attempts = new LoginAttempts(accounts, properties, clock);
        String username = IdentityFixtures.citizen(accounts, encoder, "khoa");

        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.failed(username)).as("failure %d", i).isFalse();
        }
        assertThat(attempts.failed(username)).as("fifth failure").isTrue();

        Instant lockedUntil = accounts.findByUsername(username).orElseThrow().lockedUntil();
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempts.isLocked(lockedUntil)).as("after 14 minutes").isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempts.isLocked(lockedUntil)).as("after 16 minutes").isFalse();
        assertThat(attempts.failed(username)).as("a new series starts after the lock").isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        LoginAttempts attempts = new LoginAttempts(accounts, properties, clock);
        String username = IdentityFixtures.citizen(accounts, encoder, "khoa");
        for (int i = 0; i < 4; i++) {
            attempts.failed(username);
        }
        attempts.succeeded(username);

        assertThat(accounts.findByUsername(username).orElseThrow().failedAttempts()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.failed(username)).isFalse();
        }
    }

    @Test
    void unknownNamesLockAfterAsManyFailuresAndUnlockAfterThePeriod() {
        LoginAttempts attempts = new LoginAttempts(accounts, properties, clock);
        String unknown = "khong-co-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.failed(unknown)).isFalse();
        }
        assertThat(attempts.failed(unknown)).isTrue();
        assertThat(attempts.isUnknownNameLocked(unknown)).isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(attempts.isUnknownNameLocked(unknown)).isFalse();
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
