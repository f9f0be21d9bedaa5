package vn.congso.conversion.batch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionProperties;
import vn.congso.conversion.ConvertPaper;
import vn.congso.conversion.persistence.BatchRepository;
import vn.congso.conversion.persistence.ConversionRepository;
import vn.congso.conversion.pipeline.Converter;
import vn.congso.files.BlobStore;
import vn.congso.shared.CongsoException;

/**
 * Converts batch items in the background. Resumable: an item is leased while it is worked on; after a
 * crash its lease runs out and another run takes it over. The register's unique key on the item makes
 * the work idempotent: if the crashed run had already registered the document, the item is just marked
 * done with it, so no document is lost or made twice.
 */
@Component
public class BatchWorker {

    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

    private final BatchRepository batches;
    private final ConversionRepository register;
    private final Converter converter;
    private final BlobStore blobs;
    private final ConversionProperties properties;
    private final Clock clock = Clock.systemUTC();

    BatchWorker(BatchRepository batches, ConversionRepository register, Converter converter, BlobStore blobs,
                ConversionProperties properties) {
        this.batches = batches;
        this.register = register;
        this.converter = converter;
        this.blobs = blobs;
        this.properties = properties;
    }

    /** Works until no item is left to claim; returns how many items it finished. */
    public int processAvailable() {
        int finished = 0;
        Optional<BatchRepository.Claimed> next;
        while ((next = claim()).isPresent()) {
            process(next.get());
            finished++;
        }
        return finished;
    }

    private Optional<BatchRepository.Claimed> claim() {
        Instant now = clock.instant();
        return batches.claim(now, now.plusSeconds(properties.leaseSeconds()));
    }

    private void process(BatchRepository.Claimed item) {
        Optional<String> already = register.findByBatchItem(item.itemId()).map(r -> r.code());
        if (already.isPresent()) {
            batches.markDone(item.itemId(), already.get());
            return;
        }
        BatchRepository.Batch batch = batches.batch(item.batchId()).orElseThrow();
        try {
            byte[] content;
            try (InputStream in = blobs.open(item.sourceSha256())) {
                content = in.readAllBytes();
            }
            ConvertPaper command = new ConvertPaper(content, item.sourceName(), batch.legalContext(),
                    batch.publicDocument(), batch.createdBy());
            String code = converter.convert(command, batch.converterName(), item.itemId()).record().code();
            batches.markDone(item.itemId(), code);
        } catch (CongsoException e) {
            batches.markFailed(item.itemId(), e.code().name());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another run registered this item meanwhile: keep its document
            register.findByBatchItem(item.itemId()).ifPresent(r -> batches.markDone(item.itemId(), r.code()));
        } catch (IOException | RuntimeException e) {
            log.warn("batch item {} failed", item.itemId(), e);
            batches.markFailed(item.itemId(), ConversionError.OUTPUT_FILE_FAILED.name());
        }
    }
}
