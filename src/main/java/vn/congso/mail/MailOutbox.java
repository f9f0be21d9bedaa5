package vn.congso.mail;

import java.time.Instant;

/**
 * The outbox every module sends e-mail through. Queued mail is a row of the caller's transaction: it
 * is sent only if that transaction commits, right after the commit, and is kept and retried while the
 * mail server is unreachable (at least once, never lost; two instances never send the same row).
 */
public interface MailOutbox {

    /** Queues {@code mail} in the current transaction (or on its own when there is none). */
    void queue(OutgoingMail mail);

    /**
     * Sends every message due at {@code now} and returns how many the server took. The scheduled
     * worker calls it; tests call it with a time past the retry waits to send what is left at once.
     * It waits for a round already running in this instance, so it never skips a row that round holds.
     */
    int dispatchDue(Instant now);
}
