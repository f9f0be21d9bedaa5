package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;
import static vn.congso.publicservice.dossier.DossierFixtures.CLERK;
import static vn.congso.publicservice.dossier.DossierFixtures.LEADER;
import static vn.congso.publicservice.dossier.DossierFixtures.OFFICER;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierReport;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.DossierView;
import vn.congso.publicservice.OnlineLevel;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.ProcedureFilter;
import vn.congso.publicservice.Qd766Indicator;
import vn.congso.publicservice.ReceiptChannel;
import vn.congso.testing.CongsoIntegrationTest;

/**
 * The monthly report on a fixture month, July 2027 (no public holiday; Monday 5/7), against figures
 * worked out by hand from the fixture below. Times are Vietnam's (UTC+7); the hours are office hours
 * (08:00–12:00, 13:00–17:00 on working days; a whole day is 8 h, Monday from 09:00 is 7 h).
 * <pre>
 *  F  marital, online, received Mon 28/6 09:00, due Thu 1/7 17:00, finished Thu 1/7 10:00  ON_TIME  7+8+8+2 = 25 h
 *  A  marital, online, received Mon 5/7 09:00, due Thu 8/7 17:00, finished Tue 6/7 10:00   EARLY    7+2 = 9 h  rated 5
 *  B  marital, online, received Mon 5/7 09:00, due Thu 8/7 17:00, finished Thu 8/7 16:00   ON_TIME  7+8+8+7 = 30 h  rated 2
 *  C  marital, online, received Mon 5/7 09:00, due Thu 8/7 17:00, open at month end        overdue        no reuse
 *  G  marital, online, received Mon 5/7 09:00, due Thu 8/7 17:00, apology Fri 9/7 (new date Tue 13/7),
 *     finished Mon 12/7 10:00                                                             LATE     7+8+8+8+8+2 = 41 h
 *  D  marital, counter, received Tue 6/7 09:00 with one scanned page, finished Wed 7/7 10:00 EARLY 7+2 = 9 h
 *  E  disability (1.001699, PARTIAL, department VHXH), by post Wed 7/7 09:00, refused Thu 8/7 10:00
 * </pre>
 */
@CongsoIntegrationTest
class DossierReportTests {

    @Autowired
    DossierManagement management;
    @Autowired
    DossierProcessing processing;
    @Autowired
    DossierReport report;
    @Autowired
    DossierClock clock;
    @Autowired
    ProcedureCatalogue catalogue;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String vietnamTime) {
        clock.set(java.time.LocalDateTime.parse(vietnamTime).atZone(vn.congso.shared.calendar.WorkingCalendar.VIETNAM).toInstant());
    }

    private void finishAt(String code, String vietnamTime) {
        at(vietnamTime);
        int version = version(code);
        DossierView v = processing.forward(code, CLERK, version, null);
        v = processing.forward(code, OFFICER, v.version(), null);
        v = processing.approve(code, LEADER, v.version());
        processing.returnResult(code, CLERK, v.version());
    }

    @Autowired
    vn.congso.publicservice.DossierQueries queries;

    private int version(String code) {
        return queries.get(code).version();
    }

    private static DossierSubmission strangerForm() {
        DossierSubmission m = DossierFixtures.marital();
        Map<String, String> values = new HashMap<>(m.values());
        values.putAll(Map.of("applicantName", "Trần Thị Lan", "applicantCitizenId", "019190000099",
                "applicantPhone", "0912000099", "applicantEmail", "lan@example.invalid"));
        return new DossierSubmission(m.procedureCode(), values, List.of(), UUID.randomUUID().toString());
    }

    private static DossierSubmission disability() {
        return new DossierSubmission("1.001699", Map.of("applicantName", "Lê Văn Bình", "applicantCitizenId", "001088000123",
                "applicantPhone", "0987000111", "request", "Xác định mức độ khuyết tật", "personName", "Lê Văn Bình",
                "personBirthDate", "1988-08-08", "personSex", "Nam", "disabilityKind", "Khuyết tật vận động",
                "residence", "Thôn Tây, xã Thanh Định"), List.of(), UUID.randomUUID().toString());
    }

    @Test
    void julyReportMatchesTheFiguresWorkedOutByHand() throws Exception {
        at("2027-06-28T09:00");
        String f = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        at("2027-07-05T09:00");
        String a = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        String b = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        management.submitOnline(CITIZEN, strangerForm());
        String g = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        at("2027-07-06T09:00");
        DossierSubmission m = DossierFixtures.marital();
        String d = management.receiveOnPaper(CLERK, null, new DossierSubmission.Applicant("Lê Văn Bình", "001088000123",
                "0987000111", null), new DossierSubmission(m.procedureCode(), m.values(),
                List.of(new DossierSubmission.Upload(0, "to-khai.png", Scans.page("Tờ khai xác nhận tình trạng hôn nhân"))),
                null), ReceiptChannel.COUNTER).code();
        at("2027-07-07T09:00");
        String e = management.receiveOnPaper(CLERK, null, new DossierSubmission.Applicant("Lê Văn Bình", "001088000123",
                "0987000111", null), disability(), ReceiptChannel.POST).code();

        finishAt(f, "2027-07-01T10:00");
        finishAt(a, "2027-07-06T10:00");
        finishAt(d, "2027-07-07T10:00");
        finishAt(b, "2027-07-08T16:00");
        at("2027-07-08T10:00");
        processing.refuse(e, CLERK, version(e), vn.congso.publicservice.RefusalReason.values()[0], "Không thuộc thẩm quyền.");
        at("2027-07-09T09:00");
        processing.rate(a, CITIZEN, 5);
        processing.rate(b, CITIZEN, 2);
        processing.apologise(g, CLERK, version(g), java.time.LocalDate.of(2027, 7, 13), "Cần xác minh thêm nơi cư trú.");
        finishAt(g, "2027-07-12T10:00");
        at("2027-08-02T09:00");

        DossierReport.Monthly july = report.monthly(YearMonth.of(2027, 7));
        assertThat(july.count("received-online")).isEqualTo(4);
        assertThat(july.count("received-counter")).isEqualTo(1);
        assertThat(july.count("received-post")).isEqualTo(1);
        assertThat(july.count("finished-early")).isEqualTo(2);
        assertThat(july.count("finished-on-time")).isEqualTo(2);
        assertThat(july.count("finished-late")).isEqualTo(1);
        assertThat(july.count("refused")).isEqualTo(1);
        assertThat(july.count("in-progress")).isEqualTo(1);
        assertThat(july.count("overdue")).isEqualTo(1);
        assertThat(july.averageHours()).isEqualTo((25 + 9 + 30 + 41 + 9) / 5.0);
        assertThat(july.averageSatisfaction()).isEqualTo((5 + 2) / 2.0);
        assertThat(july.indicator("on-time-rate").percent()).isEqualTo(80.0);         // A, B, D, F of those and G
        assertThat(july.indicator("online-rate").percent()).isEqualTo(66.7);          // 4 of 6
        assertThat(july.indicator("full-online-rate").percent()).isEqualTo(80.0);     // 4 of A, B, C, D, G
        assertThat(july.indicator("e-result-rate").percent()).isEqualTo(100.0);       // A, B, D, F, G
        assertThat(july.indicator("digitised-rate").percent()).isEqualTo(100.0);      // D's one page
        assertThat(july.indicator("reuse-rate").percent()).isEqualTo(75.0);           // A, B, G of A, B, C, G
        assertThat(july.indicator("satisfaction-rate").percent()).isEqualTo(50.0);    // A of A, B

        assertThat(july.qd766(Qd766Indicator.ON_TIME).points()).isEqualTo(16.0);          // 20 × 80 / 100
        assertThat(july.qd766(Qd766Indicator.ONLINE_DOSSIERS).points()).isEqualTo(7.0);   // 66.7 % passes the 60 % target
        assertThat(july.qd766(Qd766Indicator.DATA_REUSE).points()).isEqualTo(5.3);        // 7 × 75 / 100 = 5.25
        var satisfaction = july.qd766(Qd766Indicator.PROCEDURE_SATISFACTION);
        assertThat(satisfaction.ratio().numerator()).isEqualTo(3);                          // A, D, F: B rated 2, G late
        assertThat(satisfaction.ratio().denominator()).isEqualTo(5);
        assertThat(satisfaction.points()).isEqualTo(3.6);                                   // 6 × 60 / 100
        var procedures = catalogue.search(ProcedureFilter.any());
        var services = july.qd766(Qd766Indicator.FULL_PROCESS_SERVICES).ratio();
        assertThat(services.denominator()).isEqualTo(procedures.size());
        assertThat(services.numerator()).isEqualTo(procedures.stream().filter(p -> p.level() == OnlineLevel.FULL).count());
        assertThat(july.qd766()).filteredOn(s -> !s.definition().supported()).allSatisfy(s -> assertThat(s.ratio()).isNull())
                .extracting(s -> s.definition().number()).containsExactly("1.1", "1.2", "4.2", "5.1", "5.2");

        // each dossier once, under the department that leads its procedure
        var civil = july.department("TP-HT");
        var social = july.department("VHXH");
        assertThat(civil.count("received-online") + civil.count("received-counter")).isEqualTo(5);
        assertThat(social.count("received-post")).isEqualTo(1);
        assertThat(social.count("refused")).isEqualTo(1);
        assertThat(social.indicator("on-time-rate").percent()).isNull();
        assertThat(july.byDepartment()).hasSize(2);
        assertThat(july.procedure("1.001699").indicator("online-rate").percent()).isEqualTo(0.0);
        // and under its field (lĩnh vực): the marital-status dossiers are civil status, E is social protection
        assertThat(july.byField()).extracting(DossierReport.Section::key).containsExactly("Bảo trợ xã hội", "Hộ tịch");
        var civilStatus = july.field("Hộ tịch");
        assertThat(civilStatus.count("received-online")).isEqualTo(4);
        assertThat(civilStatus.count("received-counter")).isEqualTo(1);
        assertThat(civilStatus.count("finished-late")).isEqualTo(1);
        assertThat(civilStatus.count("in-progress")).isEqualTo(1);
        assertThat(july.field("Bảo trợ xã hội").count("refused")).isEqualTo(1);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.monthlyXlsx(YearMonth.of(2027, 7))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tình hình giải quyết hồ sơ tháng 7/2027");
            assertThat(cellRightOf(sheet, "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa")).isEqualTo("75.0");
            assertThat(cellRightOf(book.getSheetAt(1), "VHXH — " + social.name())).isNotNull();
            assertThat(book.getSheetAt(3).getSheetName()).isEqualTo("Theo lĩnh vực");
            assertThat(cellRightOf(book.getSheetAt(3), "Hộ tịch")).isEqualTo("4.0");   // received online, a number cell
        }
        // table cells wrap their text: compare with line breaks as spaces
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(report.monthlyPdf(YearMonth.of(2027, 7)))).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Báo cáo tình hình giải quyết hồ sơ tháng 7/2027")
                .contains("Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính").contains("22.8");
    }

    @Test
    void theAverageProcessingTimeLeavesOutTheWaitForTheCitizensSupplement() {
        // September 2027, no holiday from Monday 6/9 on
        at("2027-09-06T09:00");
        String code = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        at("2027-09-06T09:30");
        DossierView v = processing.forward(code, CLERK, version(code), null);
        at("2027-09-06T10:00");
        processing.requestSupplement(code, OFFICER, v.version(), "Thiếu ảnh chân dung.", null);
        at("2027-09-07T14:00");
        processing.supplement(code, CITIZEN, Map.of(), List.of());
        at("2027-09-08T10:00");
        v = processing.forward(code, OFFICER, version(code), null);
        v = processing.approve(code, LEADER, v.version());
        processing.returnResult(code, CLERK, v.version());
        at("2027-10-01T09:00");
        // received Mon 09:00 → finished Wed 10:00: 7 + 8 + 2 = 17 office hours; waiting Mon 10:00 → Tue 14:00:
        // 2 + 4 + 4 + 1 = 11 of them; the agency's time is 6 hours
        assertThat(report.monthly(YearMonth.of(2027, 9)).averageHours()).isEqualTo(6.0);
    }

    @Test
    void aMonthWithoutDossiersIsNotScored() throws Exception {
        DossierReport.Monthly empty = report.monthly(YearMonth.of(2020, 1));
        assertThat(empty.indicators()).allSatisfy(i -> assertThat(i.percent()).isNull());
        assertThat(empty.qd766()).filteredOn(s -> s.ratio() != null && s.definition() != Qd766Indicator.FULL_PROCESS_SERVICES)
                .allSatisfy(s -> assertThat(s.points()).isNull());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.monthlyXlsx(YearMonth.of(2020, 1))))) {
            assertThat(cellRightOf(book.getSheetAt(0), "Tỷ lệ hồ sơ giải quyết trước và đúng hạn"))
                    .isEqualTo("Không chấm điểm (mẫu số bằng 0)");
        }
    }

    /** The cell just right of the first cell holding {@code label}, as text. */
    private static String cellRightOf(Sheet sheet, String label) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.toString().equals(label)) {
                    var value = row.getCell(cell.getColumnIndex() + 1);
                    return value == null ? null : value.toString();
                }
            }
        }
        throw new AssertionError("no cell " + label);
    }
}
