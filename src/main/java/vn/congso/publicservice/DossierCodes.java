package vn.congso.publicservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.WorkingCalendar;

/** Issues dossier codes, unique under concurrency: the daily counter row is incremented atomically by
 * PostgreSQL. The increment joins the caller's transaction, so a receipt that rolls back leaves no gap. */
@Service
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** The sequence has four digits (TT 01/2018/TT-VPCP Đ19 k1). */
    private static final int LAST_SEQUENCE = 9999;

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next code of the receiving unit for the day of {@code receivedAt} in Vietnam time.
     *
     * @param unitIdentifier mã định danh điện tử of the receiving unit, e.g. {@code 000.00.01.H41}
     */
    @Transactional
    public DossierCode next(String unitIdentifier, Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, WorkingCalendar.VIETNAM);
        // one statement: the row lock taken by the upsert serialises concurrent receipts of the same unit and day
        int sequence = jdbc.sql("""
                insert into publicservice_dossier_counter (unit_code, day, last_value) values (?, ?, 1)
                on conflict (unit_code, day) do update set last_value = publicservice_dossier_counter.last_value + 1
                returning last_value
                """).params(unitIdentifier, day).query(Integer.class).single();
        if (sequence > LAST_SEQUENCE) {
            throw new CongsoException(PublicServiceError.DOSSIER_SEQUENCE_EXHAUSTED, unitIdentifier);
        }
        return new DossierCode("%s-%s-%04d".formatted(unitIdentifier, YYMMDD.format(day), sequence));
    }
}
