package vn.congso.mail.outbox;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.mail.MailOutbox;
import vn.congso.mail.MailProperties;
import vn.congso.mail.OutgoingMail;
import vn.congso.shared.database.CommitPipeline;

/**
 * The outbox as rows of {@code mail_outbox}. A commit that queued mail wakes the sending thread, so a
 * message does not wait for the next poll; the poll picks up what a wake-up missed (retries that came
 * due, rows left by a stopped instance). A round locks due rows {@code for update skip locked} (two
 * instances never take the same message) and marks them sent in the transaction that sent them: a
 * crash before that commit sends them again (at least once, never lost). A message the server did not
 * take waits {@link MailProperties#backoff} and is given up after {@link MailProperties#maxAttempts};
 * one whose address cannot even be parsed is given up at once (no retry would make it valid).
 */
@Component
class DatabaseMailOutbox implements MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMailOutbox.class);

    private final OutboxRows rows;
    private final SmtpBatch smtp;
    private final TransactionTemplate transactions;
    private final MailProperties properties;
    /** One round at a time in this instance: the woken thread, the poll and a test never skip each other's rows. */
    private final ReentrantLock round = new ReentrantLock();
    /** One sending thread; a wake-up while one is already waiting adds nothing, that one will see the new rows. */
    private final ThreadPoolExecutor waker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
            runnable -> {
                Thread thread = new Thread(runnable, "mail-outbox");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    /** A transaction's mails are inserted together just before it commits: one round trip for all of them. */
    private final CommitPipeline.Batch<OutgoingMail> queued;

    DatabaseMailOutbox(OutboxRows rows, SmtpBatch smtp, TransactionTemplate transactions, MailProperties properties,
                       CommitPipeline pipeline) {
        this.rows = rows;
        this.queued = pipeline.batch(rows::insert);
        this.smtp = smtp;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void queue(OutgoingMail mail) {
        queued.add(mail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Scheduled(fixedDelayString = "${congso.mail.poll:10s}", initialDelayString = "${congso.mail.poll:10s}")
    void poll() {
        dispatchDue(Instant.now());
    }

    @Override
    public int dispatchDue(Instant now) {
        round.lock();
        try {
            int sent = 0;
            while (true) {
                int[] batch = transactions.execute(tx -> sendOneBatch(now));
                sent += batch[1];
                // a batch with a failure ends the round: the server is likely down, the rest waits for the next
                if (batch[0] < properties.batchSize() || batch[1] < batch[0]) {
                    return sent;
                }
            }
        } finally {
            round.unlock();
        }
    }

    /** Sending stops with the application; what is not sent stays queued for the next start. */
    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    private void wake() {
        if (!waker.isShutdown()) {
            waker.execute(() -> {
                try {
                    // later commits' wake-ups are discarded while this one waits: they join its round
                    Thread.sleep(properties.gather().toMillis());
                    dispatchDue(Instant.now());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.warn("Mail not dispatched now, the next poll retries: {}", e.getMessage());
                }
            });
        }
    }

    /** Returns {locked, sent}. */
    private int[] sendOneBatch(Instant now) {
        List<PendingMail> due = rows.lockDue(now, properties.batchSize());
        if (due.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<Long, SmtpBatch.Failure> failed = smtp.send(due);
        List<Long> sent = new ArrayList<>();
        for (PendingMail mail : due) {
            SmtpBatch.Failure failure = failed.get(mail.id());
            if (failure == null) {
                sent.add(mail.id());
            } else {
                retryLater(mail, failure, now);
            }
        }
        rows.markSent(sent, now);
        return new int[] {due.size(), sent.size()};
    }

    private void retryLater(PendingMail mail, SmtpBatch.Failure failure, Instant now) {
        int attempts = mail.attempts() + 1;
        log.info("Mail {} to {} not sent (attempt {}): {}", mail.id(), mail.recipient(), attempts, failure.problem().getMessage());
        rows.markFailedAttempt(mail, failure.permanent() || attempts >= properties.maxAttempts(),
                now.plus(properties.backoff(mail.attempts())), String.valueOf(failure.problem().getMessage()));
    }
}
