package vn.congso.publicservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.persistence.CalendarDayRepository;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.CalendarDay;
import vn.congso.shared.calendar.TimeLimit;
import vn.congso.shared.calendar.WorkingCalendar;

/**
 * The agency's working-day calendar: statutory rules plus the days announced each year, kept in
 * {@code publicservice_calendar_day}; and appointments (hẹn trả kết quả) computed on it.
 */
@Service
public class CalendarManagement {

    private final CalendarDayRepository repository;
    private final AuditLog audit;
    private final PublicServiceProperties properties;
    private final AtomicReference<WorkingCalendar> current = new AtomicReference<>();

    CalendarManagement(CalendarDayRepository repository, AuditLog audit, PublicServiceProperties properties) {
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
    }

    /** The calendar with every announced day applied. */
    public WorkingCalendar calendar() {
        WorkingCalendar calendar = current.get();
        if (calendar == null) {
            calendar = new WorkingCalendar(repository.all());
            current.compareAndSet(null, calendar);
        }
        return calendar;
    }

    /** When a dossier received at this moment falls due, with the configured cut-off hour. */
    public Instant dueAt(Instant receivedAt, TimeLimit limit) {
        return calendar().dueAt(receivedAt, limit, properties.cutOffHour());
    }

    public int cutOffHour() {
        return properties.cutOffHour();
    }

    /** Working days a supplement request gives when the officer names no date. */
    public int supplementDays() {
        return properties.supplementDays();
    }

    /**
     * Until when a supplement requested at this moment may come: the close of office on the chosen day
     * (the next working day when it is a day off), or after the configured working days when none is chosen.
     * Null when the chosen day is not after the request's day.
     */
    public Instant supplementDeadline(Instant requestedAt, LocalDate chosen) {
        WorkingCalendar working = calendar();
        LocalDate requested = LocalDate.ofInstant(requestedAt, WorkingCalendar.VIETNAM);
        if (chosen != null && !chosen.isAfter(requested)) {
            return null;
        }
        LocalDate last = chosen == null ? working.addWorkingDays(requested, properties.supplementDays())
                : working.nextWorkingDay(chosen);
        return last.atTime(WorkingCalendar.CLOSES).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> announcedDays(int year) {
        return repository.year(year);
    }

    @Transactional
    public void add(CalendarDay day) {
        if (!repository.add(day)) {
            throw new CongsoException(PublicServiceError.CALENDAR_DAY_EXISTS, day.date());
        }
        audit.record("CALENDAR_DAY_ADDED", "calendar-day", day.date().toString(), day.kind() + " " + (day.note() == null ? "" : day.note()));
        refreshAfterCommit();
    }

    @Transactional
    public void remove(LocalDate date) {
        if (repository.remove(date)) {
            audit.record("CALENDAR_DAY_REMOVED", "calendar-day", date.toString(), null);
            refreshAfterCommit();
        }
    }

    /** Forgets the cached calendar, e.g. after the table was filled at start-up. */
    void reload() {
        current.set(null);
    }

    private void refreshAfterCommit() {
        current.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    current.set(null);
                }
            });
        }
    }
}
