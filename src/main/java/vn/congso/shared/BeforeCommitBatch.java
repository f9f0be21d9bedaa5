package vn.congso.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction adds one by one but that are written together just before it commits: one round
 * trip for all of them, and whatever lock their write takes is held only from then to the commit. The
 * rows exist exactly when the transaction committed, as if each had been written when it was added.
 * Without a transaction, or once the batch has been written, a row is written at once.
 */
public final class BeforeCommitBatch<T> {

    private final Consumer<List<T>> writer;

    public BeforeCommitBatch(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    public void add(T row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.accept(List.of(row));
            return;
        }
        // the list is that of the current transaction: a suspended one's synchronizations are not in it
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending<?> pending && pending.owner == this) {
                @SuppressWarnings("unchecked")
                Pending<T> mine = (Pending<T>) pending;
                if (mine.written) {
                    // added by another synchronization's beforeCommit after this batch was written
                    writer.accept(List.of(row));
                } else {
                    mine.rows.add(row);
                }
                return;
            }
        }
        Pending<T> pending = new Pending<>(this);
        pending.rows.add(row);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private static final class Pending<T> implements TransactionSynchronization {

        private final BeforeCommitBatch<T> owner;
        private final List<T> rows = new ArrayList<>();
        private boolean written;

        private Pending(BeforeCommitBatch<T> owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            owner.writer.accept(List.copyOf(rows));
        }
    }
}
