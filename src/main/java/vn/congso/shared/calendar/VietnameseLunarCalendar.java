package vn.congso.shared.calendar;

import java.time.LocalDate;

/**
 * Solar ↔ lunar conversion by the astronomical rules of the Vietnamese calendar: a month begins on
 * the day (in UTC+7) of the new moon; the month containing the winter solstice is the 11th; a year
 * with 13 new moons between two 11th months has a leap month, the first month without a principal
 * solar term (trung khí). New moons and the sun's longitude follow Jean Meeus, "Astronomical
 * Algorithms" (truncated series, accurate to minutes for 1900–2100).
 * <p>The time zone is what makes this the Vietnamese and not the Chinese calendar (UTC+8): e.g. Tết
 * 1985 fell on 21 January in Vietnam but on 20 February in China.
 */
final class VietnameseLunarCalendar {

    /** Vietnam has kept UTC+7 for civil time since 1967 (hours as a fraction of a day). */
    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01 that Meeus' series count from (k = 0). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final long EPOCH_DAY_JULIAN = 2440588;

    private VietnameseLunarCalendar() {
    }

    static LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int year = date.getYear();
        long a11 = lunarMonth11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                month = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth <= 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month " + lunar.month());
            }
            if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        LocalDate result = fromJulianDay(monthStart + lunar.day() - 1);
        if (lunar.day() == 30 && toLunar(result).day() != 30) {
            throw new IllegalArgumentException("Lunar month " + lunar.month() + "/" + lunar.year() + " has 29 days");
        }
        return result;
    }

    /** Day (Julian day number, local date in UTC+7) of the k-th new moon after the 1900 epoch. */
    private static long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Sector (0–11, 30° each) of the sun's longitude at local midnight starting the day. */
    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** Start of the 11th lunar month (the month containing the winter solstice) of a Gregorian year. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // the solstice (longitude 270°) must fall inside the month; if the month starts after it, take the previous one
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after the 11th month at which the leap month sits: the first month with no principal term. */
    private static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian date (UTC) of the k-th new moon, Meeus chapter 49 (truncated). */
    private static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        // ΔT: the series give dynamical time; civil time lags by about a minute in this era
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Apparent longitude of the sun (radians, 0–2π) at a Julian date, Meeus chapter 25 (low precision). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return l;
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_DAY_JULIAN;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - EPOCH_DAY_JULIAN);
    }
}
