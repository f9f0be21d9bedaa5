package vn.congso.publicservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.publicservice.CalendarManagement;
import vn.congso.shared.calendar.TimeLimit;
import vn.congso.shared.calendar.WorkingCalendar;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class CalendarControllerTests {

    @LocalServerPort
    int port;

    @Autowired
    CalendarManagement calendar;

    @Test
    void seededYearShowsTheAnnouncedDays() {
        FormClient admin = FormClient.loggedIn(port, "admin", CongsoIntegrationTest.DEMO_PASSWORD);
        String page = admin.get("/quan-tri/lich-lam-viec?nam=2026").body();
        assertThat(page).contains("Lịch làm việc năm 2026")
                .contains("Tết Nguyên đán Bính Ngọ (mùng 1)")
                .contains("Làm bù cho ngày nghỉ hoán đổi 2/1")
                .contains("Công văn 12729/VPCP-KGVX");
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
    }

    @Test
    void anAddedDayOffMovesAppointmentsAndCanBeRemoved() {
        FormClient admin = FormClient.loggedIn(port, "admin", CongsoIntegrationTest.DEMO_PASSWORD);
        Instant mondayMorning = ZonedDateTime.of(2028, 3, 6, 9, 0, 0, 0, WorkingCalendar.VIETNAM).toInstant();
        Instant before = calendar.dueAt(mondayMorning, TimeLimit.workingDays(1));
        assertThat(before).isEqualTo(ZonedDateTime.of(2028, 3, 7, 17, 0, 0, 0, WorkingCalendar.VIETNAM).toInstant());

        admin.get("/quan-tri/lich-lam-viec?nam=2028");
        HttpResponse<String> added = admin.post("/quan-tri/lich-lam-viec", Map.of("date", "2028-03-07", "kind", "SWAP_OFF",
                "note", "Nghỉ hoán đổi thử nghiệm"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/quan-tri/lich-lam-viec?nam=2028").body()).contains("Nghỉ hoán đổi thử nghiệm");
        assertThat(calendar.dueAt(mondayMorning, TimeLimit.workingDays(1)))
                .isEqualTo(ZonedDateTime.of(2028, 3, 8, 17, 0, 0, 0, WorkingCalendar.VIETNAM).toInstant());

        admin.post("/quan-tri/lich-lam-viec/xoa", Map.of("ngay", "2028-03-07"));
        assertThat(admin.get("/quan-tri/lich-lam-viec?nam=2028").body()).doesNotContain("Nghỉ hoán đổi thử nghiệm");
        assertThat(calendar.dueAt(mondayMorning, TimeLimit.workingDays(1))).isEqualTo(before);
    }

    @Test
    void refusesAMakeUpWorkdayThatIsNotAWeekend() {
        FormClient admin = FormClient.loggedIn(port, "admin", CongsoIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri/lich-lam-viec?nam=2028");
        HttpResponse<String> refused = admin.post("/quan-tri/lich-lam-viec", Map.of("date", "2028-03-08", "kind", "SWAP_WORKDAY", "note", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        HttpResponse<String> duplicate = admin.post("/quan-tri/lich-lam-viec", Map.of("date", "2026-01-01", "kind", "HOLIDAY", "note", ""));
        assertThat(duplicate.body()).contains("Ngày này đã có trong lịch");
    }

    @Test
    void onlyAdministratorsManageTheCalendar() {
        FormClient officer = FormClient.loggedIn(port, "canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        assertThat(officer.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(403);
    }
}
