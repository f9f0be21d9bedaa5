package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.DossierError;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.DossierSubmission.Receipt;
import vn.congso.publicservice.PublicStatus;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class DossierReceiptTests {

    @Autowired
    DossierManagement dossiers;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditLog audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void appointmentCountsThreeWorkingDaysFromTheDayAfterReceipt() {
        // Tuesday 3/3/2026 09:00 in Hà Nội: Wed 4, Thu 5, Fri 6 → Friday 6/3 at 17:00
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        Receipt receipt = dossiers.submitOnline(CITIZEN, DossierFixtures.marital());
        assertThat(receipt.dueAt()).isEqualTo(Instant.parse("2026-03-06T10:00:00Z"));
        assertThat(receipt.code()).matches(".+-260303-\\d{4}");
    }

    @Test
    void submissionAfterTheCutOffHourCountsFromTheNextWorkingDay() {
        // Tuesday 3/3/2026 15:30 (after 15:00): received Wed 4 → Thu 5, Fri 6, Mon 9 → Monday 9/3 at 17:00
        clock.set(Instant.parse("2026-03-03T08:30:00Z"));
        assertThat(dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).dueAt())
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        // birth registration "within the day", handed in Friday 6/3 at 16:00 → the next working day, Monday 9/3
        clock.set(Instant.parse("2026-03-06T09:00:00Z"));
        assertThat(dossiers.submitOnline(CITIZEN, DossierFixtures.birth()).dueAt())
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesOneDossier() {
        clock.set(Instant.parse("2026-03-04T02:00:00Z"));
        DossierSubmission submission = DossierFixtures.marital();
        Receipt first = dossiers.submitOnline(CITIZEN, submission);
        Receipt second = dossiers.submitOnline(CITIZEN, submission);
        assertThat(second.code()).isEqualTo(first.code());
        assertThat(second.repeated()).isTrue();
        assertThat(queries.ofApplicant(CITIZEN).stream().filter(d -> d.code().equals(first.code()))).hasSize(1);
    }

    @Test
    void aReceiptRolledBackLeavesNoGapInTheDaysCodes() {
        // TT01/2018 Đ19 k1: the day's sequence has no holes
        clock.set(Instant.parse("2026-03-23T02:00:00Z"));
        String first = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        String rolledBack = transactions.execute(tx -> {
            String code = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
            tx.setRollbackOnly();
            return code;
        });
        String next = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        assertThat(first).endsWith("-260323-0001");
        assertThat(rolledBack).endsWith("-260323-0002");
        assertThat(next).isEqualTo(rolledBack);
        assertThat(queries.ofApplicant(CITIZEN).stream().filter(d -> d.code().equals(next))).hasSize(1);
    }

    @Test
    void theSameKeySubmittedAtOnceGivesOneDossierAndNoGap() throws Exception {
        clock.set(Instant.parse("2026-03-24T02:00:00Z"));
        DossierSubmission submission = DossierFixtures.marital();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return dossiers.submitOnline(CITIZEN, submission).code();
                }));
            }
            start.countDown();
            Set<String> distinct = new TreeSet<>();
            for (Future<String> code : codes) {
                distinct.add(code.get());
            }
            assertThat(distinct).hasSize(1);
            assertThat(distinct.iterator().next()).endsWith("-260324-0001");
        } finally {
            pool.shutdownNow();
        }
        // the key's losers gave their number back: the next receipt of the day is 0002
        assertThat(dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code()).endsWith("-260324-0002");
        // the receipt is written whole: first history row, one audit entry
        String code = dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        assertThat(queries.get(code).history()).extracting(h -> h.action()).containsExactly("RECEIVED");
        assertThat(audit.history("dossier", code, 10)).extracting(e -> e.action()).containsExactly("dossier.received");
    }

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctCodes() throws Exception {
        clock.set(Instant.parse("2026-03-05T03:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return dossiers.submitOnline(CITIZEN, DossierFixtures.marital()).code();
                }));
            }
            start.countDown();
            Set<String> distinct = new TreeSet<>();
            for (Future<String> code : codes) {
                distinct.add(code.get());
            }
            assertThat(distinct).hasSize(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fieldErrorsAreInVietnameseBesideEachField() {
        var values = new HashMap<>(DossierFixtures.birth().values());
        values.put("childBirthDate", "2099-01-01");
        values.put("applicantCitizenId", "12345");
        values.remove("childName");
        var problems = dossiers.problems(new DossierSubmission(DossierFixtures.BIRTH, values, List.of(), "k"));
        assertThat(problems).containsOnlyKeys("childBirthDate", "applicantCitizenId", "childName");
        assertThat(problems.get("childName").key()).isEqualTo("dossier.field-error.required");
        assertThat(problems.get("childBirthDate").key()).isEqualTo("dossier.field-error.future-date");
        assertThatThrownBy(() -> dossiers.submitOnline(CITIZEN, new DossierSubmission(DossierFixtures.BIRTH, values, List.of(), "k2")))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(DossierError.INVALID_FORM));
    }

    @Test
    void theFormIsFilledFromTheProfileAndADraftIsKept() {
        var start = dossiers.startingValues("congdan", DossierFixtures.MARITAL);
        assertThat(start).containsEntry("applicantName", "Đinh Thị Hoa").containsEntry("applicantCitizenId", "019190000001")
                .containsEntry("applicantPhone", "0912000001").containsEntry("applicantEmail", "congdan@example.invalid");
        var draft = new HashMap<>(start);
        draft.put("purpose", "Mua bán nhà đất");
        dossiers.saveDraft("congdan", DossierFixtures.MARITAL, draft);
        assertThat(dossiers.startingValues("congdan", DossierFixtures.MARITAL)).containsEntry("purpose", "Mua bán nhà đất");
        dossiers.saveDraft("congdan", DossierFixtures.MARITAL, java.util.Map.of());
    }

    @Test
    void receiptPdfNamesTheApplicantProcedureAndAppointmentWithDiacritics() throws Exception {
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        Receipt receipt = dossiers.submitOnline(CITIZEN, DossierFixtures.marital());
        try (PDDocument pdf = Loader.loadPDF(queries.receiptPdf(receipt.code()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Đinh Thị Hoa",
                    "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", receipt.code(), "17:00 06/03/2026",
                    "09:00 03/03/2026", receipt.lookupSecret());
        }
        // the citizen scans the receipt's QR code with a phone and lands on the lookup with the secret filled in
        String scanned = DossierFixtures.qrOnFirstPage(queries.receiptPdf(receipt.code()));
        assertThat(scanned).isEqualTo("http://localhost:8080/tra-cuu-ho-so?ma=" + receipt.code() + "&bi-mat=" + receipt.lookupSecret());
        String query = scanned.substring(scanned.indexOf('?') + 1);
        String code = query.substring("ma=".length(), query.indexOf('&'));
        String secret = query.substring(query.indexOf("bi-mat=") + "bi-mat=".length());
        assertThat(queries.lookup(code, secret).withSecret()).isTrue();
    }

    @Test
    void receiptIsSetInTheEmbeddedVietnameseFontInEveryWeight() throws Exception {
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        Receipt receipt = dossiers.submitOnline(CITIZEN, DossierFixtures.marital());
        try (PDDocument pdf = Loader.loadPDF(queries.receiptPdf(receipt.code()))) {
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            // headings are bold: the bold weight is embedded, not the regular one standing in for it
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").doesNotContain("not embedded"));
            assertThat(fonts).anySatisfy(font -> assertThat(font).contains("Bold"));
        }
    }

    @Test
    void publicLookupShowsPersonalDataOnlyWithTheSecret() {
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        Receipt receipt = dossiers.submitOnline(CITIZEN, DossierFixtures.marital());
        PublicStatus anonymous = queries.lookup(receipt.code(), null);
        assertThat(anonymous.dueAt()).isEqualTo(Instant.parse("2026-03-06T10:00:00Z"));
        assertThat(anonymous.applicantName()).isNull();
        assertThat(anonymous.steps()).isEmpty();
        assertThat(queries.lookup(receipt.code(), "WRONG123").applicantName()).isNull();
        PublicStatus owner = queries.lookup(receipt.code(), receipt.lookupSecret().toLowerCase());
        assertThat(owner.applicantName()).isEqualTo("Đinh Thị Hoa");
        assertThat(owner.steps()).extracting(PublicStatus.Step::action).containsExactly("RECEIVED");
    }

    @Autowired
    vn.congso.signing.SigningManagement signing;

    @Test
    void aSignedPdfFromTheCitizenIsAcceptedWithItsSignatureVerdict() throws Exception {
        byte[] unsigned;
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            unsigned = out.toByteArray();
        }
        byte[] signed = signing.signAsAgency(unsigned, vn.congso.signing.SignaturePlacement.bottomRightOfLastPage());
        DossierSubmission base = DossierFixtures.marital();
        Receipt receipt = dossiers.submitOnline(CITIZEN, new DossierSubmission(base.procedureCode(), base.values(),
                List.of(new DossierSubmission.Upload(0, "to-khai-da-ky.pdf", signed),
                        new DossierSubmission.Upload(1, "giay-to.pdf", unsigned)), base.idempotencyKey()));
        var attachments = queries.get(receipt.code()).attachments();
        assertThat(attachments).extracting(a -> a.fileName() + ":" + a.signatureVerdict())
                .containsExactly("to-khai-da-ky.pdf:VALID", "giay-to.pdf:null");
        assertThatThrownBy(() -> dossiers.submitOnline(CITIZEN, new DossierSubmission(base.procedureCode(), base.values(),
                List.of(new DossierSubmission.Upload(0, "virus.exe", "MZ...".getBytes())), "other-key")))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(DossierError.ATTACHMENT_TYPE));
    }
}
