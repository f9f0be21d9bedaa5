package vn.congso.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class DossierCodesTests {

    @Autowired
    DossierCodes codes;

    @Test
    void codeHasTheCircularFormWithTheDateInVietnamTime() {
        // 17:30 UTC on 15/7/2025 is 00:30 on 16/7 in Hà Nội
        DossierCode code = codes.next("000.00.01.H41", Instant.parse("2025-07-15T17:30:00Z"));
        assertThat(code.value()).isEqualTo("000.00.01.H41-250716-0001");
        assertThat(codes.next("000.00.01.H41", Instant.parse("2025-07-16T09:00:00Z")).value()).isEqualTo("000.00.01.H41-250716-0002");
        assertThat(codes.next("000.00.01.H41", Instant.parse("2025-07-16T17:00:00Z")).value()).isEqualTo("000.00.01.H41-250717-0001");
    }

    @Test
    void eachReceivingUnitHasItsOwnSequence() {
        Instant at = Instant.parse("2025-08-01T02:00:00Z");
        assertThat(codes.next("000.00.02.H41", at).value()).endsWith("-0001");
        assertThat(codes.next("000.00.03.H41", at).value()).isEqualTo("000.00.03.H41-250801-0001");
    }

    @Test
    void fiftyConcurrentReceiptsGetFiftyConsecutiveCodes() throws Exception {
        Instant at = Instant.parse("2025-09-10T03:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<String> receipt = () -> {
                    start.await();
                    return codes.next("000.00.09.H41", at).value();
                };
                results.add(pool.submit(receipt));
            }
            start.countDown();
            Set<String> issued = new TreeSet<>();
            for (Future<String> result : results) {
                issued.add(result.get());
            }
            assertThat(issued).containsExactlyElementsOf(IntStream.rangeClosed(1, 50)
                    .mapToObj(n -> "000.00.09.H41-250910-%04d".formatted(n)).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
