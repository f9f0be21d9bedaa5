package vn.congso.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The days off of one year: Labour Code 2019 Art. 112 defaults, corrected by what the government
 * announced for that year.
 */
final class StatutoryHolidays {

    /** Days either side of mùng 1 within which an announced holiday is taken to be the Tết schedule. */
    private static final int TET_WINDOW_DAYS = 15;

    private StatutoryHolidays() {
    }

    /** Every day off of the year with its kind, and the make-up Saturdays (kind SWAP_WORKDAY). */
    static Map<LocalDate, DayKind> plan(int year, Collection<CalendarDay> announced) {
        List<CalendarDay> overrides = announced.stream().filter(d -> d.date().getYear() == year).toList();
        Set<LocalDate> announcedHolidays = overrides.stream().filter(d -> d.kind() == DayKind.HOLIDAY)
                .map(CalendarDay::date).collect(Collectors.toSet());
        TreeMap<LocalDate, DayKind> days = new TreeMap<>();
        // BLLĐ 2019 Đ112 k1 a, c, d, đ: Tết Dương lịch, Giỗ Tổ (10/3 âm lịch), 30/4, 1/5, 2/9
        for (LocalDate fixed : List.of(LocalDate.of(year, 1, 1), LunarDate.of(year, 3, 10).toSolar(),
                LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2))) {
            days.put(fixed, DayKind.HOLIDAY);
        }
        LocalDate tet = LunarDate.of(year, 1, 1).toSolar();
        boolean tetAnnounced = announcedHolidays.stream()
                .anyMatch(d -> !d.isBefore(tet.minusDays(TET_WINDOW_DAYS)) && !d.isAfter(tet.plusDays(TET_WINDOW_DAYS)));
        if (!tetAnnounced) {
            // BLLĐ 2019 Đ112 k1 b: 5 days of Tết, placed each year by the Prime Minister; until then
            // assume Giao thừa and mùng 1–4, the placement of 2026
            for (int i = -1; i <= 3; i++) {
                days.put(tet.plusDays(i), DayKind.HOLIDAY);
            }
        }
        LocalDate eve = LocalDate.of(year, Month.SEPTEMBER, 1);
        LocalDate after = LocalDate.of(year, Month.SEPTEMBER, 3);
        if (!announcedHolidays.contains(eve) && !announcedHolidays.contains(after)) {
            // BLLĐ 2019 Đ112 k1 đ: 2/9 and one day before or after; assume the one that joins the weekend
            // (Tuesday or Saturday: 1/9, otherwise 3/9), as the announced schedules of 2024 and 2025 did
            DayOfWeek nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2).getDayOfWeek();
            boolean before = nationalDay == DayOfWeek.TUESDAY || nationalDay == DayOfWeek.SATURDAY;
            days.put(before ? eve : after, DayKind.HOLIDAY);
        }
        announcedHolidays.forEach(d -> days.put(d, DayKind.HOLIDAY));
        for (CalendarDay d : overrides) {
            if (d.kind() == DayKind.SWAP_OFF || d.kind() == DayKind.SWAP_WORKDAY) {
                days.put(d.date(), d.kind());
            }
        }
        List<LocalDate> announcedCompensatory = overrides.stream().filter(d -> d.kind() == DayKind.COMPENSATORY)
                .map(CalendarDay::date).toList();
        if (announcedCompensatory.isEmpty()) {
            addCompensatoryDays(days);
        } else {
            // an announcement that places the compensatory days is followed as it is
            announcedCompensatory.forEach(d -> days.putIfAbsent(d, DayKind.COMPENSATORY));
        }
        return days;
    }

    /** BLLĐ 2019 Đ111 k3: a holiday on the weekly rest day is made up on the next working day. */
    private static void addCompensatoryDays(TreeMap<LocalDate, DayKind> days) {
        List<LocalDate> weekendHolidays = days.entrySet().stream()
                .filter(e -> e.getValue() == DayKind.HOLIDAY && isWeekend(e.getKey()))
                .map(Map.Entry::getKey).toList();
        for (LocalDate holiday : weekendHolidays) {
            LocalDate next = holiday.plusDays(1);
            while (isWeekend(next) || days.containsKey(next)) {
                next = next.plusDays(1);
            }
            days.put(next, DayKind.COMPENSATORY);
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
