package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.DossierCodes;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierQueries;
import vn.congso.testing.CongsoIntegrationTest;

/** Receipts written in groups by the receipt desk keep every guarantee of a receipt written alone. */
@CongsoIntegrationTest
class ReceiptDeskTests {

    private static final String CITIZEN = DossierFixtures.CITIZEN;

    @Autowired
    ReceiptDesk desk;
    @Autowired
    DossierManagement dossiers;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aReceiptThatFailsInItsGroupFailsAloneAndLeavesNoGap() throws Exception {
        Instant at = Instant.parse("2026-04-07T02:00:00Z");
        DossierCodes.CodeDay day = DossierCodes.day("000.00.99.T01", at);
        int receipts = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Optional<DossierRepository.Row>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < receipts; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return desk.receive(receipt("desk-fail-" + n, at), day, row -> {
                        if (n == 5) {
                            throw new IllegalStateException("the attachment could not be written");
                        }
                    });
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            int failed = 0;
            for (Future<Optional<DossierRepository.Row>> result : results) {
                try {
                    codes.add(result.get().orElseThrow().code());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).hasMessage("the attachment could not be written");
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
            // TT01/2018 Đ19 k1: the others got the day's first 23 numbers, none lost to the failed one
            List<String> expected = new ArrayList<>();
            for (int i = 1; i < receipts; i++) {
                expected.add(day.code(i).value());
            }
            assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(jdbc.sql("select count(*) from publicservice_dossier where idempotency_key = 'desk-fail-5'")
                    .query(Integer.class).single()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersTakenByAnotherInstanceAreNotGivenTwice() {
        clock.set(Instant.parse("2026-04-09T02:00:00Z"));
        String first = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        // another instance of the platform, sharing the database, receives three dossiers of the day
        jdbc.sql("update publicservice_dossier_counter set last_value = last_value + 3 where day = date '2026-04-09'").update();
        String next = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        assertThat(first).endsWith("-260409-0001");
        assertThat(next).endsWith("-260409-0005");
    }

    @Test
    void receiptsWrittenTogetherAreEachAuditedAsTheirCitizenAndTheirDraftsRemoved() throws Exception {
        clock.set(Instant.parse("2026-04-08T02:00:00Z"));
        dossiers.saveDraft(CITIZEN, DossierFixtures.MARITAL, Map.of("purpose", "Bản nháp"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> codes = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                codes.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(CITIZEN, null, List.of()));
                    try {
                        start.await();
                        return dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (Future<String> code : codes) {
                String received = code.get();
                assertThat(audit.history("dossier", received, 10)).singleElement()
                        .satisfies(e -> assertThat(e.actor()).isEqualTo(CITIZEN));
                assertThat(queries.get(received).history()).extracting(h -> h.action()).containsExactly("RECEIVED");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(dossiers.startingValues(CITIZEN, DossierFixtures.MARITAL)).doesNotContainEntry("purpose", "Bản nháp");
        assertThat(audit.verify().intact()).isTrue();
    }

    private static DossierRepository.Receipt receipt(String key, Instant at) {
        return new DossierRepository.Receipt(new DossierRepository.NewDossier(DossierFixtures.MARITAL, CITIZEN,
                "Đinh Thị Hoa", "019190000001", "0912000001", "congdan@example.invalid", Map.of("purpose", "Kiểm thử"),
                "ONLINE", null, at, at.plusSeconds(86_400), at.plusSeconds(3_600), "ABCDEFGH", key), CITIZEN, 1, Map.of());
    }
}
