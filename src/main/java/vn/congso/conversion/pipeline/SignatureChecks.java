package vn.congso.conversion.pipeline;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.conversion.AgencySeal;
import vn.congso.conversion.SignatureStatus;
import vn.congso.conversion.persistence.ConversionRepository;
import vn.congso.files.BlobStore;

/**
 * Validates the agency signature of a freshly converted document with DSS and records the result in
 * the register (NĐ137 Đ4 k2 đ). Validation costs more than the conversion itself, so it runs on its own
 * thread after the register entry is committed: the entry says {@link SignatureStatus#PENDING} until
 * then. Entries left pending by a restart are picked up again by {@link #checkPending()}.
 */
@Component
public class SignatureChecks {

    private static final Logger log = LoggerFactory.getLogger(SignatureChecks.class);

    private final ConversionRepository register;
    private final BlobStore blobs;
    private final ObjectProvider<AgencySeal> seals;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "congso-signature-check");
        thread.setDaemon(true);
        return thread;
    });

    SignatureChecks(ConversionRepository register, BlobStore blobs, ObjectProvider<AgencySeal> seals) {
        this.register = register;
        this.blobs = blobs;
        this.seals = seals;
    }

    /** Queues the check of a just-signed document; when a transaction is open, once it has committed. */
    public void submit(String code, byte[] signed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(code, signed);
                }
            });
        } else {
            queue(code, signed);
        }
    }

    /** Checks every entry still pending (e.g. after a restart), reading the document from the blob store. */
    public void checkPending() {
        for (ConversionRepository.PendingCheck pending : register.pendingSignatureChecks(100)) {
            try (InputStream in = blobs.open(pending.outputSha256())) {
                check(pending.code(), in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                log.warn("signature of {} could not be checked: {}", pending.code(), e.getMessage());
            }
        }
    }

    /** Waits until the queued checks are done; false when the time ran out first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void queue(String code, byte[] signed) {
        running.incrementAndGet();
        executor.execute(() -> {
            try {
                check(code, signed);
            } catch (RuntimeException e) {
                // left PENDING: checkPending() retries it
                log.warn("signature of {} could not be checked: {}", code, e.getMessage());
            } finally {
                running.decrementAndGet();
            }
        });
    }

    private void check(String code, byte[] signed) {
        AgencySeal seal = seals.getIfAvailable(() -> Converter.NO_SEAL);
        register.recordSignatureStatus(code, seal.check(signed));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
