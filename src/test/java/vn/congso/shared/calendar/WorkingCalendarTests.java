package vn.congso.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final HolidayOracle oracle = new HolidayOracle();
    private final WorkingCalendar announced = new WorkingCalendar(oracle.asCalendarDays());
    private final WorkingCalendar statutory = WorkingCalendar.statutory();

    @Test
    void noListedDayOffIsAWorkingDay() {
        List<HolidayOracle.Entry> daysOff = oracle.entries().stream().filter(e -> e.kind() != DayKind.SWAP_WORKDAY).toList();
        assertThat(daysOff).hasSizeGreaterThan(40);
        assertThat(daysOff).allSatisfy(e -> assertThat(announced.isWorkingDay(e.date())).as(e.name() + " " + e.date()).isFalse());
    }

    @Test
    void makeUpSaturdaysAreWorkingDays() {
        List<HolidayOracle.Entry> saturdays = oracle.entries().stream().filter(e -> e.kind() == DayKind.SWAP_WORKDAY).toList();
        assertThat(saturdays).extracting(HolidayOracle.Entry::date).contains(LocalDate.of(2024, 5, 4), LocalDate.of(2026, 1, 10));
        assertThat(saturdays).allSatisfy(e -> assertThat(announced.isWorkingDay(e.date())).as(e.name()).isTrue());
        assertThat(statutory.isWorkingDay(LocalDate.of(2024, 5, 4))).isFalse();
    }

    @Test
    void labourCodeDaysAreOffEvenWithoutAnAnnouncement() {
        // days the reference file derives from BLLĐ 2019 alone must come out of the statutory rules
        List<HolidayOracle.Entry> byLaw = oracle.entries().stream()
                .filter(e -> e.source().startsWith("Bộ luật Lao động") && e.kind() != DayKind.SWAP_WORKDAY).toList();
        assertThat(byLaw).hasSizeGreaterThan(15);
        assertThat(byLaw).allSatisfy(e -> assertThat(statutory.isWorkingDay(e.date())).as(e.name() + " " + e.date()).isFalse());
    }

    @Test
    void holidayOnAWeekendGivesTheNextWorkingDayOff() {
        // Giỗ Tổ 2026 is Sunday 26/4 (10/3 Bính Ngọ): Monday 27/4 is the compensatory day
        assertThat(statutory.specialDays(2026)).containsEntry(LocalDate.of(2026, 4, 27), DayKind.COMPENSATORY);
        // 1/5/2027 is a Saturday: Monday 3/5 off (reference file, provisional)
        assertThat(statutory.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        assertThat(statutory.isWorkingDay(LocalDate.of(2027, 5, 4))).isTrue();
        // Tết Giáp Thìn: mùng 1 and 2 on the weekend, so 13/2 and 14/2/2024 were off (Thông báo 5015/TB-LĐTBXH)
        assertThat(announced.isWorkingDay(LocalDate.of(2024, 2, 13))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2024, 2, 14))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    }

    @Test
    void nationalDayTakesTheAdjacentDayThatJoinsTheWeekend() {
        // 2/9/2024 Monday → 3/9 (Thông báo 5015/TB-LĐTBXH); 2/9/2025 Tuesday → 1/9 (reference data)
        assertThat(statutory.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
        assertThat(statutory.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(statutory.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        // 2/9/2028 is a Saturday: Friday 1/9 off and the compensatory day Monday 4/9 (BLLĐ Đ111 k3)
        assertThat(statutory.specialDays(2028)).containsEntry(LocalDate.of(2028, 9, 1), DayKind.HOLIDAY)
                .containsEntry(LocalDate.of(2028, 9, 4), DayKind.COMPENSATORY);
        assertThat(statutory.isWorkingDay(LocalDate.of(2028, 9, 5))).isTrue();
    }

    @Test
    void announcedTetScheduleReplacesTheDefault() {
        // 2025: 28 Chạp – mùng 3 (Công văn 8726/VPCP-KGVX); mùng 4 (1/2) is a Saturday, Monday 3/2 is back at work
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(announced.officeMinutesBetween(vietnam(2025, 1, 27, 8, 0), vietnam(2025, 2, 3, 8, 0))).isZero();
    }

    @Test
    void countsWorkingDaysAcrossTheHolidays() {
        // 2026: 29/4 (Wed) + 5 working days skips 30/4, 1/5 and the weekend → Friday 8/5
        assertThat(announced.addWorkingDays(LocalDate.of(2026, 4, 29), 5)).isEqualTo(LocalDate.of(2026, 5, 8));
        // February 2026: 20 weekdays less Tết, 16–20/2 (as the Prime Minister approved, VPCP 10/2025): 15 days of 8 office hours
        assertThat(announced.officeMinutesBetween(vietnam(2026, 2, 1, 0, 0), vietnam(2026, 3, 1, 0, 0))).isEqualTo(15 * 8 * 60);
        assertThat(announced.addWorkingDays(LocalDate.of(2026, 5, 8), -5)).isEqualTo(LocalDate.of(2026, 4, 29));
    }

    @Test
    void dossierReceivedBeforeTheCutOffCountsFromThatDay() {
        Instant mondayMorning = vietnam(2026, 3, 2, 9, 30);
        assertThat(announced.dueAt(mondayMorning, TimeLimit.workingDays(0), 15)).isEqualTo(vietnam(2026, 3, 2, 17, 0));
        assertThat(announced.dueAt(mondayMorning, TimeLimit.workingDays(3), 15)).isEqualTo(vietnam(2026, 3, 5, 17, 0));
    }

    @Test
    void dossierReceivedAfterTheCutOffCountsFromTheNextWorkingDay() {
        // "nhận hồ sơ sau 15 giờ ... trả kết quả trong ngày làm việc tiếp theo" (thủ tục đăng ký khai sinh)
        Instant fridayAfternoon = vietnam(2026, 3, 6, 15, 5);
        assertThat(announced.dueAt(fridayAfternoon, TimeLimit.workingDays(0), 15)).isEqualTo(vietnam(2026, 3, 9, 17, 0));
        assertThat(announced.dueAt(vietnam(2026, 3, 6, 14, 59), TimeLimit.workingDays(0), 15)).isEqualTo(vietnam(2026, 3, 6, 17, 0));
        // a later cut-off keeps the same moment on the same day
        assertThat(announced.dueAt(fridayAfternoon, TimeLimit.workingDays(0), 16)).isEqualTo(vietnam(2026, 3, 6, 17, 0));
        // before Tết 2026: received Friday 13/2 after 15:00 → counts from Monday 23/2 (Tết 16–20/2)
        assertThat(announced.dueAt(vietnam(2026, 2, 13, 16, 0), TimeLimit.workingDays(1), 15)).isEqualTo(vietnam(2026, 2, 24, 17, 0));
    }

    @Test
    void calendarDaysEndingOnADayOffMoveToTheNextWorkingDay() {
        // Monday 20/4/2026 + 7 days = Monday 27/4, the compensatory day for Giỗ Tổ → Tuesday 28/4
        assertThat(announced.dueAt(vietnam(2026, 4, 20, 10, 0), TimeLimit.calendarDays(7), 15)).isEqualTo(vietnam(2026, 4, 28, 17, 0));
    }

    @Test
    void hoursAreOfficeHours() {
        // 4 office hours from Friday 15:00 (cut-off 17): 2 on Friday, 2 on Monday morning
        assertThat(announced.dueAt(vietnam(2026, 3, 6, 15, 0), TimeLimit.hours(4), 17)).isEqualTo(vietnam(2026, 3, 9, 10, 0));
        assertThat(announced.dueAt(vietnam(2026, 3, 9, 11, 0), TimeLimit.hours(2), 15)).isEqualTo(vietnam(2026, 3, 9, 14, 0));
    }

    @Test
    void officeTimeLeavesOutTheLunchBreakNightsWeekendsAndHolidays() {
        // Monday 9/3/2026 10:00 → Wednesday 11/3 14:00: 2 h + 4 h on Monday, 8 h on Tuesday, 4 h + 1 h on Wednesday
        assertThat(announced.officeMinutesBetween(vietnam(2026, 3, 9, 10, 0), vietnam(2026, 3, 11, 14, 0))).isEqualTo(19 * 60);
        assertThat(announced.officeMinutesBetween(vietnam(2026, 3, 9, 11, 30), vietnam(2026, 3, 9, 13, 30))).isEqualTo(60);
        // Friday 13/3 16:30 → Monday 16/3 08:30 across the weekend; 19:00 → 07:00 is outside office hours
        assertThat(announced.officeMinutesBetween(vietnam(2026, 3, 13, 16, 30), vietnam(2026, 3, 16, 8, 30))).isEqualTo(60);
        assertThat(announced.officeMinutesBetween(vietnam(2026, 3, 9, 19, 0), vietnam(2026, 3, 10, 7, 0))).isZero();
        // Friday 24/4/2026 16:00 → Tuesday 28/4 09:00: Monday 27/4 is the day off for Giỗ Tổ (Sunday 26/4)
        assertThat(announced.officeMinutesBetween(vietnam(2026, 4, 24, 16, 0), vietnam(2026, 4, 28, 9, 0))).isEqualTo(120);
        assertThat(announced.officeMinutesBetween(vietnam(2026, 3, 11, 14, 0), vietnam(2026, 3, 9, 10, 0))).isZero();
    }

    @Test
    void runningOfficeTimeForwardSkipsWhatTheClockDoesNotCount() {
        // an appointment of Thursday 12/3/2026 17:00 moved by 19 office hours: Friday 8 h, Monday 8 h, Tuesday 08:00–11:00
        assertThat(announced.addOfficeMinutes(vietnam(2026, 3, 12, 17, 0), 19 * 60)).isEqualTo(vietnam(2026, 3, 17, 11, 0));
        // 30 minutes left on Friday 24/4/2026 16:30, the other 90 on Tuesday 28/4 after the Giỗ Tổ day off
        assertThat(announced.addOfficeMinutes(vietnam(2026, 4, 24, 16, 30), 120)).isEqualTo(vietnam(2026, 4, 28, 9, 30));
        assertThat(announced.addOfficeMinutes(vietnam(2026, 3, 9, 12, 30), 30)).isEqualTo(vietnam(2026, 3, 9, 13, 30));
        assertThat(announced.addOfficeMinutes(vietnam(2026, 3, 9, 12, 30), 0)).isEqualTo(vietnam(2026, 3, 9, 12, 30));
    }

    private static Instant vietnam(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingCalendar.VIETNAM).toInstant();
    }
}
