package vn.congso.publicservice.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.shared.calendar.CalendarDay;
import vn.congso.shared.calendar.DayKind;

/** The announced calendar days, one row per date ({@code publicservice_calendar_day}). */
@Repository
public class CalendarDayRepository {

    private final JdbcClient jdbc;

    CalendarDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> all() {
        return jdbc.sql("select day, kind, note from publicservice_calendar_day order by day").query(CalendarDayRepository::row).list();
    }

    public List<CalendarDay> year(int year) {
        return jdbc.sql("select day, kind, note from publicservice_calendar_day where extract(year from day) = ? order by day")
                .param(year).query(CalendarDayRepository::row).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from publicservice_calendar_day)").query(Boolean.class).single();
    }

    /** Adds the day; false if the date already has an entry. */
    public boolean add(CalendarDay day) {
        return jdbc.sql("insert into publicservice_calendar_day (day, kind, note) values (?, ?, ?) on conflict (day) do nothing")
                .params(day.date(), day.kind().name(), day.note()).update() == 1;
    }

    public boolean remove(LocalDate date) {
        return jdbc.sql("delete from publicservice_calendar_day where day = ?").param(date).update() == 1;
    }

    private static CalendarDay row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("note"));
    }
}
