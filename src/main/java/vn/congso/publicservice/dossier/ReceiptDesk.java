package vn.congso.publicservice.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.DossierCodes;
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

    private final DossierRepository dossiers;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    ReceiptDesk(DossierRepository dossiers, TransactionTemplate transactions, AuditLog audit) {
        this.dossiers = dossiers;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Receives one dossier; {@code inTransaction} runs in the receipt's transaction once its row exists
     * (attachments, the transition event). Empty when the applicant's idempotency key was used meanwhile.
     */
    public Optional<Row> receive(Receipt receipt, DossierCodes.CodeDay day, Consumer<Row> inTransaction) {
        Request request = new Request(receipt, day, inTransaction, audit.origin(), new CompletableFuture<>());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return write(List.of(request)).get(0);
        }
        Thread running = writer;
        if (running == null || !running.isAlive()) {
            return transactions.execute(tx -> write(List.of(request))).get(0);
        }
        queue.add(request);
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
            writeAndAnswer(group);
        }
    }

    private void writeAndAnswer(List<Request> group) {
        List<Optional<Row>> rows;
        try {
            rows = transactions.execute(tx -> write(group));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).result().completeExceptionally(e);
            } else {
                for (Request request : group) {
                    writeAndAnswer(List.of(request));
                }
            }
            return;
        } catch (Error e) {
            group.forEach(request -> request.result().completeExceptionally(e));
            throw e;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(rows.get(i));
        }
    }

    /** In the current transaction: the group's receipts, one statement per receiving day (normally one). */
    private List<Optional<Row>> write(List<Request> group) {
        Map<DossierCodes.CodeDay, List<Integer>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byDay.computeIfAbsent(group.get(i).day(), d -> new ArrayList<>()).add(i);
        }
        List<Optional<Row>> rows = new ArrayList<>(java.util.Collections.nCopies(group.size(), Optional.empty()));
        byDay.forEach((day, indexes) -> {
            List<Optional<Row>> received = dossiers.receive(indexes.stream().map(i -> group.get(i).receipt()).toList(), day);
            for (int k = 0; k < indexes.size(); k++) {
                Request request = group.get(indexes.get(k));
                Optional<Row> row = received.get(k);
                rows.set(indexes.get(k), row);
                row.ifPresent(r -> audit.actingAs(request.origin(), () -> request.inTransaction().accept(r)));
            }
        });
        return rows;
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
        rest.forEach(request -> writeAndAnswer(List.of(request)));
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    private record Request(Receipt receipt, DossierCodes.CodeDay day, Consumer<Row> inTransaction,
                           AuditLog.Origin origin, CompletableFuture<Optional<Row>> result) {
    }
}
