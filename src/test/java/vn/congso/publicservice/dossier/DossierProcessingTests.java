package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;
import static vn.congso.publicservice.dossier.DossierFixtures.CLERK;
import static vn.congso.publicservice.dossier.DossierFixtures.HEAD;
import static vn.congso.publicservice.dossier.DossierFixtures.LEADER;
import static vn.congso.publicservice.dossier.DossierFixtures.OFFICER;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.publicservice.DossierError;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierQueries;
import vn.congso.publicservice.DossierStatus;
import vn.congso.publicservice.DossierView;
import vn.congso.publicservice.RefusalReason;
import vn.congso.publicservice.StoredResult;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.Verdict;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;

@CongsoIntegrationTest
class DossierProcessingTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    DossierManagement management;
    @Autowired
    DossierProcessing processing;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierClock clock;
    @Autowired
    SigningManagement signing;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String receivedMondayMorning() {
        // Monday 9/3/2026 09:00 in Hà Nội, 3 working days: Tue 10, Wed 11, Thu 12 → Thursday 12/3 17:00
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        String code = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        assertThat(queries.get(code).dueAt()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z"));
        return code;
    }

    private DossierView accepted(String code) {
        clock.set(Instant.parse("2026-03-09T02:30:00Z"));
        return processing.forward(code, CLERK, queries.get(code).version(), null);
    }

    private static List<String> mailedAbout(String code) {
        return java.util.Arrays.stream(mail.getReceivedMessagesForDomain("example.invalid")).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> s.contains(code)).toList();
    }

    private static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", " ").replace("  ", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(Runnable action, DossierError error) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CongsoException.class,
                e -> assertThat(e.code()).isEqualTo(error));
    }

    @Test
    void supplementPausesBothClocksAndResubmissionMovesThemByThePausedOfficeTime() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        // the officer's step (18 office hours from Monday 09:30) was due Wednesday 11/3 11:30
        assertThat(atOfficer.stepDueAt()).isEqualTo(Instant.parse("2026-03-11T04:30:00Z"));
        clock.set(Instant.parse("2026-03-09T03:00:00Z"));
        DossierView waiting = processing.requestSupplement(code, OFFICER, atOfficer.version(),
                "Thiếu bản sao Giấy khai sinh: cần để xác định nơi đăng ký thường trú trước đây.", null);
        assertThat(waiting.status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT);
        assertThat(queries.ofApplicant(code, CITIZEN).reasonNote()).contains("Thiếu bản sao Giấy khai sinh");
        // paused Monday 9/3 10:00, supplemented Wednesday 11/3 14:00: 6 + 8 + 5 = 19 office hours paused.
        // The appointment, Thursday 12/3 17:00, moves by them: Friday 8 h, Monday 8 h, Tuesday 17/3 08:00–11:00.
        // The step had 17.5 of its 18 hours left at the pause, and has them again from Wednesday 14:00:
        // Wednesday 3 h, Thursday 8 h, Friday 4 h + 2.5 h → Friday 13/3 15:30.
        clock.set(Instant.parse("2026-03-11T07:00:00Z"));
        DossierView resumed = processing.supplement(code, CITIZEN, Map.of("residence", "Thôn Tây, xã Thanh Định"), List.of());
        assertThat(resumed.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(resumed.dueAt()).isEqualTo(Instant.parse("2026-03-17T04:00:00Z"));
        assertThat(resumed.stepDueAt()).isEqualTo(Instant.parse("2026-03-13T08:30:00Z"));
        assertThat(resumed.formData()).containsEntry("residence", "Thôn Tây, xã Thanh Định");
    }

    @Test
    void aSupplementAnsweredWithinTheDayStillGivesTheHoursBack() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        clock.set(Instant.parse("2026-03-09T03:00:00Z"));
        processing.requestSupplement(code, OFFICER, atOfficer.version(), "Thiếu ảnh chân dung.", null);
        // paused Monday 10:00, supplemented the same day at 15:00: 2 h before lunch and 2 h after
        clock.set(Instant.parse("2026-03-09T08:00:00Z"));
        DossierView resumed = processing.supplement(code, CITIZEN, Map.of(), List.of());
        // Thursday 12/3 17:00 + 4 h → Friday 13/3 12:00; Wednesday 11/3 11:30 + 4 h → Wednesday 16:30
        assertThat(resumed.dueAt()).isEqualTo(Instant.parse("2026-03-13T05:00:00Z"));
        assertThat(resumed.stepDueAt()).isEqualTo(Instant.parse("2026-03-11T09:30:00Z"));
    }

    @Test
    void aSupplementAfterItsTimeRanOutIsRefusedAndTheDossierIsLeftAsItWas() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        clock.set(Instant.parse("2026-03-09T03:00:00Z"));
        // Monday 9/3 10:00, the officer gives the citizen until Friday 13/3 (17:00)
        DossierView waiting = processing.requestSupplement(code, OFFICER, atOfficer.version(), "Thiếu ảnh chân dung.",
                java.time.LocalDate.of(2026, 3, 13));
        assertThat(waiting.supplementDueAt()).isEqualTo(Instant.parse("2026-03-13T10:00:00Z"));
        // the public lookup shows it beside the appointment, as it shows the appointment: without the secret
        assertThat(queries.lookup(code, null).supplementDueAt()).isEqualTo(Instant.parse("2026-03-13T10:00:00Z"));
        assertThat(queries.ofApplicant(code, CITIZEN).history()).last().satisfies(h ->
                assertThat(h.note()).isEqualTo("Thiếu ảnh chân dung. Hạn bổ sung: trước 17:00 13/03/2026."));
        assertThat(pdfText(queries.noticePdf(code, "supplement"))).contains("Hạn bổ sung: trước 17:00 13/03/2026.");
        // within the time "not supplemented" is no reason yet
        clock.set(Instant.parse("2026-03-13T09:59:00Z"));
        expect(() -> processing.refuse(code, OFFICER, waiting.version(), RefusalReason.NOT_SUPPLEMENTED, "Không bổ sung."),
                DossierError.SUPPLEMENT_STILL_OPEN);

        // Monday 16/3 09:00: too late; nothing the citizen sent is kept
        clock.set(Instant.parse("2026-03-16T02:00:00Z"));
        assertThat(queries.ofApplicant(code, CITIZEN).supplementClosed()).isTrue();
        byte[] photo = Scans.page("Ảnh chân dung");
        expect(() -> processing.supplement(code, CITIZEN, Map.of("residence", "Thôn Tây, xã Thanh Định"),
                List.of(new vn.congso.publicservice.DossierSubmission.Upload(0, "anh.png", photo))), DossierError.SUPPLEMENT_TOO_LATE);
        DossierView after = queries.ofApplicant(code, CITIZEN);
        assertThat(after.status()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT);
        assertThat(after.version()).isEqualTo(waiting.version());
        assertThat(after.formData()).isEqualTo(waiting.formData());
        assertThat(after.attachments()).isEqualTo(waiting.attachments());
        assertThat(after.dueAt()).isEqualTo(waiting.dueAt());

        // now the officer may refuse it for not being supplemented, and the citizen sees why
        DossierView refused = processing.refuse(code, OFFICER, waiting.version(), RefusalReason.NOT_SUPPLEMENTED,
                "Đã quá hạn bổ sung ngày 13/03/2026.");
        assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(queries.lookup(code, null).supplementDueAt()).isNull();
        assertThat(pdfText(queries.noticePdf(code, "refusal"))).contains("Không bổ sung hồ sơ theo yêu cầu",
                "Đã quá hạn bổ sung ngày 13/03/2026.");
    }

    @Test
    void aSupplementRequestWithoutADateGivesTheConfiguredWorkingDaysAndOneInThePastIsRefused() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        clock.set(Instant.parse("2026-03-09T03:00:00Z"));
        expect(() -> processing.requestSupplement(code, OFFICER, atOfficer.version(), "Thiếu ảnh chân dung.",
                java.time.LocalDate.of(2026, 3, 9)), DossierError.SUPPLEMENT_DATE_INVALID);
        assertThat(queries.get(code).status()).isEqualTo(DossierStatus.PROCESSING);
        // 15 working days after Monday 9/3/2026: 10–13/3, 16–20/3, 23–27/3 and Monday 30/3
        DossierView waiting = processing.requestSupplement(code, OFFICER, atOfficer.version(), "Thiếu ảnh chân dung.", null);
        assertThat(waiting.supplementDueAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        // a reason other than "not supplemented" needs no wait
        assertThat(processing.refuse(code, OFFICER, waiting.version(), RefusalReason.NOT_COMPETENT,
                "Nơi cư trú thuộc xã khác.").status()).isEqualTo(DossierStatus.REFUSED);
    }

    @Test
    void reassignmentKeepsBothClocks() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        clock.set(Instant.parse("2026-03-09T05:00:00Z"));
        expect(() -> processing.reassign(code, HEAD, atOfficer.version(), "congdan"), DossierError.ASSIGNEE_NOT_ALLOWED);
        DossierView reassigned = processing.reassign(code, HEAD, atOfficer.version(), "canbo");
        assertThat(reassigned.stepAssignee()).isEqualTo("canbo");
        assertThat(reassigned.dueAt()).isEqualTo(atOfficer.dueAt());
        assertThat(reassigned.stepDueAt()).isEqualTo(atOfficer.stepDueAt());
        // the officer step (18 office hours) started Monday 09:30: Monday 6.5 h, Tuesday 8 h, Wednesday
        // 08:00–11:30 3.5 h → Wednesday 11/3 11:30
        assertThat(reassigned.stepDueAt()).isEqualTo(Instant.parse("2026-03-11T04:30:00Z"));
    }

    @Test
    void aLateDossierNeedsAnApologyWithANewAppointmentBeforeItGoesOn() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        // Friday 13/3 09:00: a day past the appointment of Thursday 12/3 17:00
        clock.set(Instant.parse("2026-03-13T02:00:00Z"));
        assertThat(queries.get(code).overdue()).isTrue();
        expect(() -> processing.forward(code, OFFICER, atOfficer.version(), null), DossierError.APOLOGY_REQUIRED);
        DossierView apologised = processing.apologise(code, OFFICER, atOfficer.version(), LocalDate.of(2026, 3, 17),
                "Cần xác minh thêm tại nơi cư trú trước đây.");
        assertThat(apologised.dueAt()).isEqualTo(Instant.parse("2026-03-17T10:00:00Z"));
        assertThat(apologised.overdue()).isFalse();
        DossierView atLeader = processing.forward(code, OFFICER, apologised.version(), null);
        assertThat(atLeader.stepActor()).isEqualTo("LEADER");
        assertThat(pdfText(queries.noticePdf(code, "apology"))).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Cần xác minh thêm tại nơi cư trú trước đây.", "17:00 17/03/2026");
        assertThat(atLeader.history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("HANDED_OVER");
            assertThat(h.stepPosition()).isEqualTo(2);
            assertThat(h.timeliness()).isEqualTo("LATE");
        });
    }

    @Test
    void refusalReasonIsShownToTheCitizen() {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        processing.refuse(code, OFFICER, atOfficer.version(), RefusalReason.CONDITIONS_NOT_MET,
                "Người yêu cầu đang có đăng ký kết hôn chưa chấm dứt.");
        DossierView seen = queries.ofApplicant(code, CITIZEN);
        assertThat(seen.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(seen.reasonCode()).isEqualTo("CONDITIONS_NOT_MET");
        assertThat(seen.reasonNote()).isEqualTo("Người yêu cầu đang có đăng ký kết hôn chưa chấm dứt.");
        assertThat(pdfText(queries.noticePdf(code, "refusal"))).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
                "Hồ sơ không đáp ứng điều kiện", "Người yêu cầu đang có đăng ký kết hôn chưa chấm dứt.",
                "Căn cứ pháp lý của thủ tục:");
    }

    @Test
    void twoOfficersActingAtOnceOneWinsTheOtherIsTold() throws Exception {
        String code = receivedMondayMorning();
        int version = accepted(code).version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> attempt(start, () -> processing.forward(code, OFFICER, version, null)));
            Future<String> b = pool.submit(() -> attempt(start, () -> processing.forward(code, OFFICER, version, null)));
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "CONCURRENT_CHANGE");
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.get(code).stepPosition()).isEqualTo(3);
    }

    private static String attempt(CountDownLatch start, Runnable action) throws InterruptedException {
        start.await();
        try {
            action.run();
            return "ok";
        } catch (CongsoException e) {
            return e.code().name();
        }
    }

    @Test
    void aStepRefusesAnActionByARoleItDoesNotAllow() {
        String code = receivedMondayMorning();
        // step 1 belongs to the one-stop counter: the officer may not accept it
        expect(() -> processing.forward(code, OFFICER, queries.get(code).version(), null), DossierError.ROLE_NOT_ALLOWED);
        DossierView atOfficer = accepted(code);
        expect(() -> processing.approve(code, LEADER, atOfficer.version()), DossierError.ACTION_NOT_ALLOWED);
        DossierView atLeader = processing.forward(code, OFFICER, atOfficer.version(), null);
        expect(() -> processing.approve(code, OFFICER, atLeader.version()), DossierError.ROLE_NOT_ALLOWED);
    }

    @Test
    void approvedResultIsSignedByTheAgencyAndLandsInTheCitizensStore() throws Exception {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        DossierView atLeader = processing.forward(code, OFFICER, atOfficer.version(), null);
        DossierView approved = processing.approve(code, LEADER, atLeader.version());
        assertThat(approved.status()).isEqualTo(DossierStatus.RESULT_READY);
        DossierView finished = processing.returnResult(code, CLERK, approved.version());
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);

        StoredResult result = queries.store(CITIZEN).stream().filter(r -> r.code().equals(code + "-KQ")).findFirst().orElseThrow();
        byte[] pdf = queries.resultPdf(result.code(), CITIZEN);
        assertThat(signing.validate(pdf).verdict()).isEqualTo(Verdict.VALID);
        assertThat(queries.verify(result.code())).isPresent();
        // whoever is shown the printed result scans its QR code and lands on the check of this result
        String scanned = DossierFixtures.qrOnFirstPage(pdf);
        assertThat(scanned).isEqualTo("http://localhost:8080/kiem-tra-ket-qua?ma=" + code + "-KQ");
        assertThat(queries.verify(scanned.substring(scanned.indexOf("ma=") + 3))).isPresent();
        expect(() -> queries.resultPdf(result.code(), "canbo"), DossierError.UNKNOWN_RESULT);

        try (var doc = org.apache.pdfbox.Loader.loadPDF(queries.controlSlipPdf(code))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", ""))
                    .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Lãnh đạo phê duyệt, ký kết quả", "Đúng hạn");
        }
        processing.rate(code, CITIZEN, 5);
        expect(() -> processing.rate(code, CITIZEN, 4), DossierError.RATING_NOT_ALLOWED);
    }

    @Test
    void theCitizenIsMailedAtEveryTransition() throws Exception {
        String code = receivedMondayMorning();
        DossierView atOfficer = accepted(code);
        processing.requestSupplement(code, OFFICER, atOfficer.version(), "Thiếu ảnh chân dung.", null);
        processing.withdraw(code, CITIZEN);
        // mails leave after the commit from the mail queue's worker
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> mailedAbout(code).size() >= 4);
        assertThat(mailedAbout(code)).containsExactly("Hồ sơ " + code + ": Tiếp nhận hồ sơ", "Hồ sơ " + code + ": Chuyển bước xử lý",
                "Hồ sơ " + code + ": Yêu cầu bổ sung hồ sơ", "Hồ sơ " + code + ": Rút hồ sơ theo yêu cầu");
        assertThat(queries.get(code).status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void aResultInTheStoreFillsTheNextFormAndTheReuseIsCounted() {
        // birth registration, within the day: received and finished on Monday 9/3
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        String birth = management.submitOnline(CITIZEN, DossierFixtures.birth()).code();
        DossierView atOfficer = processing.forward(birth, CLERK, 0, null);
        DossierView atLeader = processing.forward(birth, OFFICER, atOfficer.version(), null);
        DossierView approved = processing.approve(birth, LEADER, atLeader.version());
        processing.returnResult(birth, CLERK, approved.version());

        Map<String, String> copyForm = management.startingValues(CITIZEN, "2.000635");
        assertThat(copyForm).containsEntry("childName", "Nguyễn Đinh Bảo Ngọc").containsEntry("childBirthDate", "2026-02-20");
        Map<String, String> values = new java.util.HashMap<>(copyForm);
        values.put("copies", "2");
        String copy = management.submitOnline(CITIZEN, new vn.congso.publicservice.DossierSubmission("2.000635", values,
                List.of(), java.util.UUID.randomUUID().toString())).code();
        // four profile items and two items of the stored birth certificate were not asked again
        assertThat(queries.reuse(copy)).containsExactlyInAnyOrder("applicantName", "applicantCitizenId", "applicantPhone",
                "applicantEmail", "childName", "childBirthDate");
    }
}
