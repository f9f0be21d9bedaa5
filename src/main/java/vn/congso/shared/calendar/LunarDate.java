package vn.congso.shared.calendar;

import java.time.LocalDate;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), reckoned for Vietnam's time zone (UTC+7).
 *
 * @param year  the Gregorian year in which this lunar year's first month begins (Tết)
 * @param month 1–12; a leap month (tháng nhuận) repeats the number of the month before it
 * @param day   1–30
 * @param leap  whether the month is the leap month
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No such lunar date: " + day + "/" + month + "/" + year);
        }
    }

    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** The lunar date of a solar (Gregorian) day. */
    public static LunarDate from(LocalDate date) {
        return VietnameseLunarCalendar.toLunar(date);
    }

    /**
     * The solar day of this lunar date.
     *
     * @throws IllegalArgumentException if the year has no such leap month, or the month has no 30th day
     */
    public LocalDate toSolar() {
        return VietnameseLunarCalendar.toSolar(this);
    }
}
