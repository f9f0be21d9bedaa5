package vn.congso.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.identity.persistence.AccountRepository;

/**
 * Back-off against password guessing: after {@code maxFailures} failed logins in a row an account is
 * locked for a while; a successful login resets the count. User names that do not exist are counted
 * the same way in memory, so the login page answers alike for both and reveals no account's existence.
 */
@Service
public class LoginAttempts {

    // more distinct unknown names than this within one lock period is an attack; forget and start over
    private static final int MAX_UNKNOWN_NAMES = 50_000;

    private final AccountRepository accounts;
    private final IdentityProperties.Lockout lockout;
    private final Clock clock;
    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    @Autowired
    LoginAttempts(AccountRepository accounts, IdentityProperties properties) {
        this(accounts, properties, Clock.systemUTC());
    }

    LoginAttempts(AccountRepository accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    /** Counts a failed login with a wrong password; true if the name is now locked. */
    @Transactional
    public boolean failed(String username) {
        String name = AccountFields.normaliseUsername(username);
        if (name == null || name.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant until = now.plus(lockout.duration());
        return accounts.recordFailure(name, lockout.maxFailures(), until)
                .orElseGet(() -> failedUnknown(name, now, until));
    }

    /** Whether a lock that ends at {@code lockedUntil} still holds. */
    public boolean isLocked(Instant lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(clock.instant());
    }

    /** Whether a user name that has no account is locked like an account would be. */
    public boolean isUnknownNameLocked(String username) {
        UnknownName entry = unknownNames.get(AccountFields.normaliseUsername(username));
        return entry != null && isLocked(entry.lockedUntil());
    }

    @Transactional
    public void succeeded(String username) {
        accounts.resetFailures(AccountFields.normaliseUsername(username));
    }

    public long lockMinutes() {
        return Math.max(1, lockout.duration().toMinutes());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private boolean failedUnknown(String name, Instant now, Instant until) {
        if (unknownNames.size() > MAX_UNKNOWN_NAMES) {
            unknownNames.clear();
        }
        UnknownName updated = unknownNames.compute(name, (key, previous) -> {
            if (previous != null && isLocked(previous.lockedUntil())) {
                return previous;
            }
            int failures = (previous == null ? 0 : previous.failures()) + 1;
            return failures >= lockout.maxFailures() ? new UnknownName(0, until) : new UnknownName(failures, null);
        });
        return updated.lockedUntil() != null && updated.lockedUntil().equals(until);
    }

    private record UnknownName(int failures, Instant lockedUntil) {
    }
}
