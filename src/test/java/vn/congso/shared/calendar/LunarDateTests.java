package vn.congso.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LunarDateTests {

    private final HolidayOracle oracle = new HolidayOracle();

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void tetAndHungKingsDayMatchTheReferenceDates(int year) {
        assertThat(LunarDate.of(year, 1, 1).toSolar()).isEqualTo(oracle.tet(year));
        assertThat(LunarDate.of(year, 3, 10).toSolar()).isEqualTo(oracle.hungKings(year));
        assertThat(LunarDate.from(oracle.tet(year))).isEqualTo(LunarDate.of(year, 1, 1));
    }

    /** Published dates: Tết and festivals as printed in Vietnamese calendars (lịch vạn niên). */
    @ParameterizedTest
    @CsvSource({
            "2023-01-22, 2023, 1, 1, false",   // Tết Quý Mão
            "2023-03-22, 2023, 2, 1, true",    // Quý Mão had a leap 2nd month
            "2024-09-17, 2024, 8, 15, false",  // Tết Trung thu 2024
            "2025-07-25, 2025, 6, 1, true",    // Ất Tỵ: leap 6th month (reference data note)
            "2025-06-25, 2025, 6, 1, false",
            "2024-02-09, 2023, 12, 30, false", // 30 Tết Quý Mão (the 12th month had 30 days)
            "2026-02-16, 2025, 12, 29, false", // Giao thừa Bính Ngọ: short 12th month
            "2000-02-05, 2000, 1, 1, false"    // Tết Canh Thìn
    })
    void convertsKnownDatesBothWays(LocalDate solar, int year, int month, int day, boolean leap) {
        LunarDate lunar = new LunarDate(year, month, day, leap);
        assertThat(LunarDate.from(solar)).isEqualTo(lunar);
        assertThat(lunar.toSolar()).isEqualTo(solar);
    }

    @Test
    void reckonsInVietnamTimeNotChinaTime() {
        // Tết 1985 was on 21 January in Vietnam, a month before China's (20 February): the new moon of
        // 21 January fell before midnight in UTC+7, after it in UTC+8, which moved the leap month
        assertThat(LunarDate.from(LocalDate.of(1985, 1, 21))).isEqualTo(LunarDate.of(1985, 1, 1));
        // Tết Đinh Hợi 2007: 17 February in Vietnam, 18 February in China
        assertThat(LunarDate.of(2007, 1, 1).toSolar()).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void refusesALeapMonthTheYearDoesNotHave() {
        assertThatThrownBy(() -> new LunarDate(2024, 6, 1, true).toSolar()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LunarDate(2025, 12, 30, false).toSolar()).isInstanceOf(IllegalArgumentException.class);
    }
}
