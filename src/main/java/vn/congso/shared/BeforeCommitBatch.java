package vn.congso.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.shared.database.CommitPipeline;

/**
 * Rows a transaction adds one by one but that are written together, by one statement, just before it
 * commits, in the same round trip as the other modules' (the {@link CommitPipeline}); whatever lock
 * their write takes is held only from then to the commit. The rows exist exactly when the transaction
 * committed, as if each had been written when it was added. Without a transaction a row is written at once.
 */
public final class BeforeCommitBatch<T> {

    private final CommitPipeline pipeline;
    private final Function<List<T>, CommitPipeline.Statement> statement;

    public BeforeCommitBatch(CommitPipeline pipeline, Function<List<T>, CommitPipeline.Statement> statement) {
        this.pipeline = pipeline;
        this.statement = statement;
    }

    public void add(T row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pipeline.add(statement.apply(List.of(row)));
            return;
        }
        // the list is that of the current transaction: a suspended one's synchronizations are not in it
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending<?> pending && pending.owner == this) {
                @SuppressWarnings("unchecked")
                Pending<T> mine = (Pending<T>) pending;
                if (mine.written) {
                    // added by another synchronization's beforeCommit after this batch was handed over
                    pipeline.add(statement.apply(List.of(row)));
                } else {
                    mine.rows.add(row);
                }
                return;
            }
        }
        Pending<T> pending = new Pending<>(this);
        pending.rows.add(row);
        TransactionSynchronizationManager.registerSynchronization(pending);
        pipeline.join();
    }

    private static final class Pending<T> implements TransactionSynchronization {

        private final BeforeCommitBatch<T> owner;
        private final List<T> rows = new ArrayList<>();
        private boolean written;

        private Pending(BeforeCommitBatch<T> owner) {
            this.owner = owner;
        }

        /** Before the pipeline, which sends what the batches handed it. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            owner.pipeline.add(owner.statement.apply(List.copyOf(rows)));
        }
    }
}
