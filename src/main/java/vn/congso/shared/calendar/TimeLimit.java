package vn.congso.shared.calendar;

import java.util.Objects;

/**
 * A statutory time limit (thời hạn giải quyết), as a procedure states it.
 *
 * @param amount 0 for "trong ngày" (the same working day)
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit {
        /** Ngày làm việc. */
        WORKING_DAYS,
        /** Ngày (calendar days; a limit ending on a day off moves to the next working day). */
        CALENDAR_DAYS,
        /** Giờ làm việc. */
        HOURS
    }

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
        }
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, Unit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, Unit.CALENDAR_DAYS);
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, Unit.HOURS);
    }
}
