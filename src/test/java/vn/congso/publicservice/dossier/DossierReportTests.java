package vn.congso.publicservice.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.publicservice.dossier.DossierFixtures.CITIZEN;
import static vn.congso.publicservice.dossier.DossierFixtures.CLERK;
import static vn.congso.publicservice.dossier.DossierFixtures.LEADER;
import static vn.congso.publicservice.dossier.DossierFixtures.OFFICER;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congso.publicservice.DossierManagement;
import vn.congso.publicservice.DossierProcessing;
import vn.congso.publicservice.DossierReport;
import vn.congso.publicservice.DossierSubmission;
import vn.congso.publicservice.DossierView;
import vn.congso.testing.CongsoIntegrationTest;

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void finish(String code, String at) {
        clock.set(Instant.parse(at));
        DossierView v = processing.forward(code, CLERK, 0, null);
        v = processing.forward(code, OFFICER, v.version(), null);
        v = processing.approve(code, LEADER, v.version());
        processing.returnResult(code, CLERK, v.version());
    }

    @Test
    void monthlyReportCountsByChannelAndTimelinessWithTheIndicators() throws Exception {
        // June 2027 has no holiday. Two online dossiers on Tuesday 1/6 09:00, due Friday 4/6 17:00
        clock.set(Instant.parse("2027-06-01T02:00:00Z"));
        String early = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        String onTime = management.submitOnline(CITIZEN, DossierFixtures.marital()).code();
        // one at the counter on Wednesday 2/6, due Monday 7/6, still open at the end of the month
        clock.set(Instant.parse("2027-06-02T02:00:00Z"));
        DossierSubmission m = DossierFixtures.marital();
        management.receiveAtCounter(CLERK, null, new DossierSubmission.Applicant("Lê Văn Bình", "001088000123",
                "0987000111", null), new DossierSubmission(m.procedureCode(), m.values(), m.uploads(), null));
        finish(early, "2027-06-02T03:00:00Z");   // Wednesday 2/6 10:00: early (25 h)
        finish(onTime, "2027-06-04T09:00:00Z");  // Friday 4/6 16:00: on time (79 h)
        processing.rate(early, CITIZEN, 5);

        DossierReport.Monthly june = report.monthly(YearMonth.of(2027, 6));
        assertThat(june.count("received-online")).isEqualTo(2);
        assertThat(june.count("received-counter")).isEqualTo(1);
        assertThat(june.count("finished-early")).isEqualTo(1);
        assertThat(june.count("finished-on-time")).isEqualTo(1);
        assertThat(june.count("finished-late")).isZero();
        assertThat(june.count("in-progress")).isEqualTo(1);
        assertThat(june.count("overdue")).isEqualTo(1);
        assertThat(june.averageHours()).isEqualTo(52.0);
        assertThat(june.indicator("on-time-rate").percent()).isEqualTo(100.0);
        assertThat(june.indicator("online-rate").percent()).isEqualTo(66.7);
        assertThat(june.indicator("e-result-rate").percent()).isEqualTo(100.0);
        assertThat(june.indicator("reuse-rate").percent()).isEqualTo(100.0);
        assertThat(june.indicator("satisfaction-rate").percent()).isEqualTo(100.0);

        DossierReport.Monthly may = report.monthly(YearMonth.of(2027, 5));
        assertThat(may.indicators()).allSatisfy(i -> assertThat(i.percent()).isNull());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.monthlyXlsx(YearMonth.of(2027, 5))))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tình hình giải quyết hồ sơ tháng 5/2027");
            boolean notScored = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("Không chấm điểm (mẫu số bằng 0)")) {
                    notScored = true;
                }
            }
            assertThat(notScored).isTrue();
        }
    }
}
