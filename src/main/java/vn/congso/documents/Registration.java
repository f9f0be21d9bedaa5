package vn.congso.documents;

import java.time.Instant;

/**
 * A document entered in a register: its number in that register and year (số đi / số đến).
 *
 * @param year the calendar year in Vietnam time the number belongs to
 */
public record Registration(long id, String registerCode, int year, int number, Instant registeredAt) {

    /** The number as written on the document: at least two digits (NĐ30 Phụ lục I mục II.3). */
    public String formattedNumber() {
        return NumberSymbol.formatNumber(number);
    }
}
