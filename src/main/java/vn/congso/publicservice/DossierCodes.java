package vn.congso.publicservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.WorkingCalendar;

/**
 * The form of dossier codes (TT 01/2018/TT-VPCP Đ19 k1): {@code <unit>-<YYMMDD>-<NNNN>}, the day in
 * Vietnam time. The numbers come from the day's counter row, moved on in the receipt's own statement
 * ({@code publicservice_take_dossier_codes}, through {@code ReceiptDesk}), so a receipt that rolls back
 * leaves no gap and concurrent receipts never share a number.
 */
public final class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** The sequence has four digits (TT 01/2018/TT-VPCP Đ19 k1). */
    private static final int LAST_SEQUENCE = 9999;

    private DossierCodes() {
    }

    /** The day a receipt counts on (Vietnam time) and the common part of its codes, {@code unit-YYMMDD}. */
    public record CodeDay(String unitIdentifier, LocalDate day, String prefix) {

        /** The code with sequence number {@code sequence} of the day (TT 01/2018/TT-VPCP Đ19 k1). */
        public DossierCode code(int sequence) {
            if (sequence > LAST_SEQUENCE) {
                throw new CongsoException(PublicServiceError.DOSSIER_SEQUENCE_EXHAUSTED, unitIdentifier);
            }
            // not String.format: every receipt of a group is numbered on the receipt writer's thread
            String digits = Integer.toString(sequence);
            return new DossierCode(prefix + "-" + "0000".substring(digits.length()) + digits);
        }
    }

    public static CodeDay day(String unitIdentifier, Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, WorkingCalendar.VIETNAM);
        return new CodeDay(unitIdentifier, day, unitIdentifier + "-" + YYMMDD.format(day));
    }
}
