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

    /**
     * Increments the day's counter of unit {@code :unit} and day {@code :day}, returning the new value.
     * The row lock it takes serialises concurrent receipts of the same unit and day until the commit.
     */
    public static final String NEXT_SEQUENCE = """
            insert into publicservice_dossier_counter (unit_code, day, last_value) values (:unit, :day, 1)
            on conflict (unit_code, day) do update set last_value = publicservice_dossier_counter.last_value + 1
            returning last_value""";

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day a receipt counts on (Vietnam time) and the common part of its codes, {@code unit-YYMMDD}. */
    public record CodeDay(String unitIdentifier, LocalDate day, String prefix) {

        /** The code with sequence number {@code sequence} of the day (TT 01/2018/TT-VPCP Đ19 k1). */
        public DossierCode code(int sequence) {
            if (sequence > LAST_SEQUENCE) {
                throw new CongsoException(PublicServiceError.DOSSIER_SEQUENCE_EXHAUSTED, unitIdentifier);
            }
            return new DossierCode("%s-%04d".formatted(prefix, sequence));
        }
    }

    /** The sequence has four digits: a counter past it gives no code. */
    public static int lastSequence() {
        return LAST_SEQUENCE;
    }

    public static CodeDay day(String unitIdentifier, Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, WorkingCalendar.VIETNAM);
        return new CodeDay(unitIdentifier, day, unitIdentifier + "-" + YYMMDD.format(day));
    }

    /**
     * The next code of the receiving unit for the day of {@code receivedAt} in Vietnam time. (An online
     * receipt increments the same counter in the statement that writes the dossier:
     * {@code DossierRepository#receive}.)
     *
     * @param unitIdentifier mã định danh điện tử of the receiving unit, e.g. {@code 000.00.01.H41}
     */
    @Transactional
    public DossierCode next(String unitIdentifier, Instant receivedAt) {
        CodeDay day = day(unitIdentifier, receivedAt);
        int sequence = jdbc.sql(NEXT_SEQUENCE).param("unit", unitIdentifier).param("day", day.day())
                .query(Integer.class).single();
        return day.code(sequence);
    }
}
