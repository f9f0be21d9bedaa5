package vn.congso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class ReadThroughCacheTests {

    private final AtomicReference<String> table = new AtomicReference<>("UBND xã Thanh Định");
    private final AtomicInteger reads = new AtomicInteger();
    private final ReadThroughCache<String> cache = new ReadThroughCache<>();

    private String read() {
        reads.incrementAndGet();
        return table.get();
    }

    @Test
    void theValueIsReadOnceUntilItIsInvalidated() {
        assertThat(cache.get(this::read)).isEqualTo("UBND xã Thanh Định");
        assertThat(cache.get(this::read)).isEqualTo("UBND xã Thanh Định");
        assertThat(reads).hasValue(1);

        table.set("UBND phường Thanh Định");
        cache.invalidate();
        assertThat(cache.get(this::read)).isEqualTo("UBND phường Thanh Định");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAbsentValueIsReadAgainNextTime() {
        table.set(null);
        assertThat(cache.get(this::read)).isNull();
        table.set("UBND xã Thanh Định");
        assertThat(cache.get(this::read)).isEqualTo("UBND xã Thanh Định");
    }

    @Test
    void aReadDuringTheChangingTransactionIsNotKeptPastItsEnd() {
        cache.get(this::read);
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.invalidate();
            // read inside the change's transaction (or by another request before it commits): the old row
            assertThat(cache.get(this::read)).isEqualTo("UBND xã Thanh Định");
            table.set("UBND phường Thanh Định");
            TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_COMMITTED);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.get(this::read)).isEqualTo("UBND phường Thanh Định");
    }

    @Test
    void aReadThatRacedAChangeIsReturnedButNotKept() {
        String raced = cache.get(() -> {
            String old = read();
            table.set("UBND phường Thanh Định");
            cache.invalidate();
            return old;
        });
        assertThat(raced).isEqualTo("UBND xã Thanh Định");
        assertThat(cache.get(this::read)).isEqualTo("UBND phường Thanh Định");
    }
}
