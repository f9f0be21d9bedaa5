package vn.congso.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of Vietnamese state agencies (cơ quan hành chính nhà nước): Monday to Friday
 * (the 40-hour week of Quyết định 188/1999/QĐ-TTg), less the holidays of Labour
 * Code 2019 Art. 112, the compensatory days of Art. 111 k3 and the swaps the government announces
 * each year, which are supplied from outside as {@link CalendarDay}s. Immutable and thread-safe.
 */
public final class WorkingCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Office hours used for time limits in hours and as the hour a dossier falls due. */
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime LUNCH_STARTS = LocalTime.of(12, 0);
    public static final LocalTime LUNCH_ENDS = LocalTime.of(13, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);
    private static final List<LocalTime[]> OFFICE_PERIODS = List.of(new LocalTime[] {OPENS, LUNCH_STARTS},
            new LocalTime[] {LUNCH_ENDS, CLOSES});

    private final List<CalendarDay> announced;
    private final Map<Integer, Map<LocalDate, DayKind>> plans = new ConcurrentHashMap<>();

    public WorkingCalendar(Collection<CalendarDay> announced) {
        this.announced = List.copyOf(announced);
    }

    /** The calendar by the Labour Code's defaults alone, with no announced schedule. */
    public static WorkingCalendar statutory() {
        return new WorkingCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = plan(date.getYear()).get(date);
        if (kind == DayKind.SWAP_WORKDAY) {
            return true;
        }
        return kind == null && !StatutoryHolidays.isWeekend(date);
    }

    /** The departures from the ordinary week in a year, including make-up Saturdays. */
    public SortedMap<LocalDate, DayKind> specialDays(int year) {
        return new TreeMap<>(plan(year));
    }

    /** The first working day on or after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day reached by counting n working days after start (start itself not counted; n may be negative). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        int step = n >= 0 ? 1 : -1;
        for (int counted = 0; counted != n; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                counted += step;
            }
        }
        return day;
    }

    /**
     * When a dossier received at the given moment falls due (thời điểm hẹn trả kết quả).
     * Received on a day off, or at or after the cut-off hour (Vietnam time), it counts as received on
     * the next working day. Days are counted from the day after receipt (Bộ luật Dân sự 2015 Đ147 k2),
     * so 0 working days means the receiving day itself; a limit in calendar days that ends on a day off
     * ends on the next working day (BLDS 2015 Đ148 k5); hours are office hours.
     */
    public Instant dueAt(Instant receivedAt, TimeLimit limit, int cutOffHour) {
        Objects.requireNonNull(limit, "limit");
        if (cutOffHour < 0 || cutOffHour > 24) {
            throw new IllegalArgumentException("Cut-off hour out of range: " + cutOffHour);
        }
        LocalDateTime received = LocalDateTime.ofInstant(receivedAt, VIETNAM);
        boolean countsToday = isWorkingDay(received.toLocalDate()) && received.getHour() < cutOffHour;
        LocalDate startDay = countsToday ? received.toLocalDate() : nextWorkingDay(received.toLocalDate().plusDays(1));
        LocalDateTime due = switch (limit.unit()) {
            case WORKING_DAYS -> addWorkingDays(startDay, limit.amount()).atTime(CLOSES);
            case CALENDAR_DAYS -> nextWorkingDay(startDay.plusDays(limit.amount())).atTime(CLOSES);
            case HOURS -> addOfficeMinutes(countsToday && received.toLocalTime().isAfter(OPENS)
                    ? received : startDay.atTime(OPENS), limit.amount() * 60L);
        };
        return due.atZone(VIETNAM).toInstant();
    }

    /**
     * Office minutes in [from, to): the time a clock that runs only in office hours of working days
     * moves between the two moments; zero when to is not after from.
     */
    public long officeMinutesBetween(Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, VIETNAM);
        LocalDateTime end = LocalDateTime.ofInstant(to, VIETNAM);
        long minutes = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] period : OFFICE_PERIODS) {
                LocalDateTime periodFrom = later(start, day.atTime(period[0]));
                LocalDateTime periodTo = earlier(end, day.atTime(period[1]));
                if (periodFrom.isBefore(periodTo)) {
                    minutes += ChronoUnit.MINUTES.between(periodFrom, periodTo);
                }
            }
        }
        return minutes;
    }

    /** The moment reached by running a clock for the given office minutes from start (office hours, working days). */
    public Instant addOfficeMinutes(Instant start, long minutes) {
        return addOfficeMinutes(LocalDateTime.ofInstant(start, VIETNAM), minutes).atZone(VIETNAM).toInstant();
    }

    private LocalDateTime addOfficeMinutes(LocalDateTime start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Negative office time: " + minutes);
        }
        long minutesLeft = minutes;
        if (minutesLeft == 0) {
            return start;
        }
        LocalDateTime cursor = start;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                for (LocalTime[] period : OFFICE_PERIODS) {
                    LocalDateTime from = later(cursor, day.atTime(period[0]));
                    LocalDateTime to = day.atTime(period[1]);
                    long available = from.isBefore(to) ? ChronoUnit.MINUTES.between(from, to) : 0;
                    if (available >= minutesLeft && available > 0) {
                        return from.plusMinutes(minutesLeft);
                    }
                    minutesLeft -= available;
                    if (minutesLeft == 0) {
                        return to;
                    }
                }
            }
            cursor = day.plusDays(1).atTime(OPENS);
        }
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private Map<LocalDate, DayKind> plan(int year) {
        return plans.computeIfAbsent(year, y -> StatutoryHolidays.plan(y, announced));
    }
}
