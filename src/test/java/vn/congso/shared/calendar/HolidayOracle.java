package vn.congso.shared.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The independent holiday list (shared reference data, copied into the module's resources). */
final class HolidayOracle {

    static final String RESOURCE = "/publicservice/data/holidays-vn.json";

    record Entry(LocalDate date, DayKind kind, String name, String source) {
    }

    private final JsonNode root;

    HolidayOracle() {
        try (InputStream in = HolidayOracle.class.getResourceAsStream(RESOURCE)) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        root.get("years").fields().forEachRemaining(year -> year.getValue().get("entries").forEach(e -> entries.add(
                new Entry(LocalDate.parse(e.get("date").asText()),
                        DayKind.valueOf(e.get("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
                        e.get("name").asText(), e.get("source").asText()))));
        return entries;
    }

    List<CalendarDay> asCalendarDays() {
        return entries().stream().map(e -> new CalendarDay(e.date(), e.kind(), e.name())).toList();
    }

    LocalDate tet(int year) {
        return LocalDate.parse(root.get("lunarReference").get(String.valueOf(year)).get("tet").asText());
    }

    LocalDate hungKings(int year) {
        return LocalDate.parse(root.get("lunarReference").get(String.valueOf(year)).get("gioTo").asText());
    }
}
