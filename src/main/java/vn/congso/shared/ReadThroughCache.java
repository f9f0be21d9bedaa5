package vn.congso.shared;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One value read from the database and kept in memory until the data behind it changes (the agency
 * profile, the procedure catalogue: read on every request, changed by an administrator now and then).
 * A change calls {@link #invalidate()} inside its transaction; the value is dropped then and again when
 * that transaction ends, whether it commits or rolls back, and a read that raced a change is not kept,
 * so no reader keeps a value older than the last committed change. Per instance: several instances
 * each see another's change only when their own value is dropped.
 */
public final class ReadThroughCache<T> {

    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    /** The kept value, or the loader's; a null from the loader is returned and not kept. */
    public T get(Supplier<T> loader) {
        T known = value;
        if (known != null) {
            return known;
        }
        long before = generation.get();
        T read = loader.get();
        if (read != null) {
            synchronized (generation) {
                if (generation.get() == before) {
                    value = read;
                }
            }
        }
        return read;
    }

    /** Drops the value now and, when a transaction is open, once more when it ends. */
    public void invalidate() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        synchronized (generation) {
            generation.incrementAndGet();
            value = null;
        }
    }
}
