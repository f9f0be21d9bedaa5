package vn.congso.publicservice.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.DossierCodes;
import vn.congso.shared.database.CommitPipeline;
import vn.congso.publicservice.dossier.DossierRepository.Receipt;
import vn.congso.publicservice.dossier.DossierRepository.Row;

/**
 * Writes receipts in groups. Every receipt of a receiving unit takes the next code of the day's counter
 * (TT01/2018 Đ19: unique, without gaps), so receipts are serial from the code to the commit whatever is
 * done to shorten that. Instead of one transaction each, the receipts that arrive while a group is being
 * written are written together by one thread: one statement and one commit for the whole group, the
 * codes given in arrival order. The caller waits until its group has committed and gets its row, or the
 * exception of its own receipt: a failed group is written again one receipt at a time, so one bad
 * receipt never fails the others. A caller already inside a transaction is received in that
 * transaction instead, on its own thread.
 */
@Component
public class ReceiptDesk implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReceiptDesk.class);
    /** Large enough to take what arrives during one commit under load, small enough to keep a statement short. */
    private static final int GROUP = 64;
    private static final long WAIT_SECONDS = 60;
    /** At most this long a group waits for receipts still being prepared: a small part of one commit. */
    private static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(400);

    private final DossierRepository dossiers;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final CommitPipeline pipeline;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger preparing = new AtomicInteger();
    /** The last number of each day's counter this instance saw committed: the next group's numbers follow it. */
    private final Map<DossierCodes.CodeDay, Integer> lastCommitted = new ConcurrentHashMap<>();
    private volatile Thread writer;

    ReceiptDesk(DossierRepository dossiers, TransactionTemplate transactions, AuditLog audit, CommitPipeline pipeline) {
        this.pipeline = pipeline;
        this.dossiers = dossiers;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Receives one dossier; {@code inTransaction} runs in the receipt's transaction with the dossier's
     * code, to leave what else the receipt writes (attachments, the transition event) for the same
     * commit. Empty when the applicant already used the idempotency key.
     */
    public Optional<Row> receive(Receipt receipt, DossierCodes.CodeDay day, Consumer<String> inTransaction) {
        Request request = new Request(receipt, day, inTransaction, audit.origin(), new CompletableFuture<>());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // in the caller's transaction, which a failed statement would spoil: the key is looked up first
            String key = receipt.dossier().idempotencyKey();
            if (key != null && dossiers.byIdempotencyKey(receipt.dossier().applicantUsername(), key).isPresent()) {
                return Optional.empty();
            }
            return write(List.of(request), true).rows().get(0);
        }
        Thread running = writer;
        if (running == null || !running.isAlive()) {
            answerAlone(request);
        } else {
            queue.add(request);
        }
        try {
            return request.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the receipt was written", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the receipt was not written within " + WAIT_SECONDS + " s", e);
        }
    }

    private void writeGroups() {
        while (writer == Thread.currentThread() || !queue.isEmpty()) {
            Request first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // stopping: what is still queued is written below before the thread ends
                continue;
            }
            if (first == null) {
                continue;
            }
            List<Request> group = new ArrayList<>(GROUP);
            group.add(first);
            queue.drainTo(group, GROUP - 1);
            awaitSiblings(group);
            writeAndAnswer(group);
        }
    }

    /**
     * Like PostgreSQL's {@code commit_delay} with {@code commit_siblings}: while other receipts are being
     * prepared (their form checked, their applicant read) and will be queued in a moment, the group
     * waits for them a little instead of committing alone. The commit is most of a group's time, so at
     * two clients this writes pairs instead of one receipt after the other; one client never waits.
     */
    private void awaitSiblings(List<Request> group) {
        long deadline = System.nanoTime() + LINGER_NANOS;
        while (group.size() < GROUP && preparing.get() > group.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Request next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next != null) {
                    group.add(next);
                    queue.drainTo(group, GROUP - group.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Counts a receipt from the moment its caller starts preparing it until it is answered, so the writer
     * knows whether another receipt is on its way ({@link #awaitSiblings}).
     */
    public Preparing preparing() {
        preparing.incrementAndGet();
        return preparing::decrementAndGet;
    }

    /** A receipt being prepared; closed when its caller has its answer. */
    @FunctionalInterface
    public interface Preparing extends AutoCloseable {
        @Override
        void close();
    }

    private void writeAndAnswer(List<Request> group) {
        Written written;
        try {
            written = transactions.execute(tx -> {
                // the group's statements, audit entries, mails and commit: one round trip
                pipeline.commitWithPipeline();
                return write(group, false);
            });
        } catch (RuntimeException e) {
            // again one by one: each gets its own outcome (a key used before: empty)
            group.forEach(request -> lastCommitted.remove(request.day()));
            group.forEach(this::answerAlone);
            return;
        } catch (Error e) {
            group.forEach(request -> request.result().completeExceptionally(e));
            throw e;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(written.rows().get(i));
        }
    }

    /**
     * Writes one receipt in its own transaction: its own failure, or empty for an idempotency key used
     * before; once more when the counter had moved (another instance or a clerk received meanwhile).
     */
    private void answerAlone(Request request) {
        for (int attempt = 1; ; attempt++) {
            try {
                Written written = transactions.execute(tx -> write(List.of(request), false));
                request.result().complete(written.rows().get(0));
            } catch (DuplicateKeyException e) {
                if (e.getMessage() != null && e.getMessage().contains("idempotency_key")) {
                    request.result().complete(Optional.empty());
                } else {
                    request.result().completeExceptionally(e);
                }
            } catch (ConcurrencyFailureException e) {
                lastCommitted.remove(request.day());
                if (attempt < 3) {
                    continue;
                }
                request.result().completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                lastCommitted.remove(request.day());
                request.result().completeExceptionally(e);
            }
            return;
        }
    }

    /**
     * In the current transaction: the group's receipts, one statement per receiving day (normally one),
     * numbered from the counter as this instance last saw it committed. The statement is left for the
     * commit ({@link CommitPipeline}) with the audit entries and mails, or run now ({@code now}) for a
     * caller's own transaction, which may need the row before it commits.
     */
    private Written write(List<Request> group, boolean now) {
        Map<DossierCodes.CodeDay, List<Integer>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byDay.computeIfAbsent(group.get(i).day(), d -> new ArrayList<>()).add(i);
        }
        Written written = new Written(new ArrayList<>(java.util.Collections.nCopies(group.size(), Optional.empty())));
        byDay.forEach((day, indexes) -> {
            // a caller's own transaction locks the counter row at once: it cannot start again if it moved
            int expected = now ? dossiers.lastNumberLocked(day) : lastCommitted.computeIfAbsent(day, dossiers::lastNumber);
            // TT01/2018 Đ19 k1: four digits; past 9999 the receipt fails before anything is written
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < indexes.size(); k++) {
                codes.add(day.code(expected + k + 1).value());
            }
            var statement = dossiers.receive(indexes.stream().map(i -> group.get(i).receipt()).toList(), day, expected,
                    rows -> rows.forEach(row -> written.rows().set(indexes.get(codes.indexOf(row.code())), Optional.of(row))));
            if (now) {
                pipeline.run(List.of(statement));
            } else {
                pipeline.add(statement);
            }
            for (int k = 0; k < indexes.size(); k++) {
                Request request = group.get(indexes.get(k));
                String code = codes.get(k);
                audit.actingAs(request.origin(), () -> request.inTransaction().accept(code));
            }
            int next = expected + indexes.size();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lastCommitted.replace(day, expected, next);
                }
            });
        });
        return written;
    }

    /** The rows of a group, in its order, filled when its statement has run. */
    private record Written(List<Optional<Row>> rows) {
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::writeGroups, "dossier-receipts");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("the dossier receipt writer did not finish within {} s", WAIT_SECONDS);
            }
        }
        // a receipt queued while the writer was ending
        List<Request> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(this::answerAlone);
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    private record Request(Receipt receipt, DossierCodes.CodeDay day, Consumer<String> inTransaction,
                           AuditLog.Origin origin, CompletableFuture<Optional<Row>> result) {
    }
}
