package vn.congso.conversion.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.congso.conversion.pipeline.SignatureChecks;

/** Runs the batch worker and the pending signature checks on a schedule; tests switch it off and drive the worker themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "congso.conversion.worker-enabled", havingValue = "true", matchIfMissing = true)
class BatchScheduling {

    private final BatchWorker worker;
    private final SignatureChecks signatureChecks;

    BatchScheduling(BatchWorker worker, SignatureChecks signatureChecks) {
        this.worker = worker;
        this.signatureChecks = signatureChecks;
    }

    @Scheduled(fixedDelayString = "${congso.conversion.worker-delay-ms:2000}", initialDelay = 5000)
    void run() {
        worker.processAvailable();
    }

    /** Signature checks a restart interrupted (register entries still PENDING). */
    @Scheduled(fixedDelayString = "${congso.conversion.signature-check-delay-ms:60000}", initialDelay = 10000)
    void checkSignatures() {
        signatureChecks.checkPending();
    }
}
