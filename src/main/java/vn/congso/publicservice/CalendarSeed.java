package vn.congso.publicservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.persistence.CalendarDayRepository;
import vn.congso.shared.calendar.CalendarDay;
import vn.congso.shared.calendar.DayKind;

/**
 * Fills an empty calendar table with the announced schedules 2024–2027 (shared reference data,
 * {@code publicservice/data/holidays-vn.json}). Entries not yet confirmed are left out: they are the
 * Labour Code defaults the calendar computes anyway, and a provisional compensatory day would stop the
 * calendar from computing the others of that year.
 */
@Component
@Order(20)
class CalendarSeed implements ApplicationRunner {

    static final String RESOURCE = "publicservice/data/holidays-vn.json";

    private final CalendarDayRepository repository;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final CalendarManagement calendar;

    CalendarSeed(CalendarDayRepository repository, ObjectMapper json, AuditLog audit, CalendarManagement calendar) {
        this.repository = repository;
        this.json = json;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!repository.isEmpty()) {
            return;
        }
        List<CalendarDay> days = read();
        days.forEach(repository::add);
        audit.record("CALENDAR_SEEDED", "calendar-day", RESOURCE, days.size() + " days");
        calendar.reload();
    }

    private List<CalendarDay> read() throws IOException {
        JsonNode root;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            root = json.readTree(in);
        }
        List<CalendarDay> days = new ArrayList<>();
        root.get("years").forEach(year -> year.get("entries").forEach(entry -> {
            if (entry.path("confirmed").asBoolean(true)) {
                days.add(new CalendarDay(LocalDate.parse(entry.get("date").asText()),
                        DayKind.valueOf(entry.get("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
                        entry.get("name").asText() + " · " + firstSource(entry.get("source").asText())));
            }
        }));
        return days;
    }

    /** The first cited source without its links, e.g. "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Bộ LĐ-TB&XH)". */
    private static String firstSource(String source) {
        String first = source.split(" \\| ")[0];
        int link = first.indexOf(" — ");
        return (link >= 0 ? first.substring(0, link) : first).trim();
    }
}
