package vn.congso.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One announced change to the working week: a holiday, a compensatory day off, or one side of a
 * swap, with the note saying which announcement made it (e.g. "Công văn 8726/VPCP-KGVX").
 */
public record CalendarDay(LocalDate date, DayKind kind, String note) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
