package vn.congso.conversion.batch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the batch worker on a schedule; tests switch it off and drive the worker themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "congso.conversion.worker-enabled", havingValue = "true", matchIfMissing = true)
class BatchScheduling {

    private final BatchWorker worker;

    BatchScheduling(BatchWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${congso.conversion.worker-delay-ms:2000}", initialDelay = 5000)
    void run() {
        worker.processAvailable();
    }
}
