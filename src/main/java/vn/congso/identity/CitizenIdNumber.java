package vn.congso.identity;

import java.time.Year;
import java.util.Set;

/**
 * Form check of the 12-digit personal identification number (số định danh cá nhân) printed on the
 * citizen identity card. It cannot prove that a number was issued; it refuses numbers that cannot be.
 */
public final class CitizenIdNumber {

    // TT59/2021/TT-BCA Phụ lục I (as TT07/2016/TT-BCA before it): province or city of birth registration.
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private CitizenIdNumber() {
    }

    public static boolean isValid(String number, Year currentYear) {
        if (number == null || !number.matches("\\d{12}")) {
            return false;
        }
        if (!PROVINCE_CODES.contains(number.substring(0, 3))) {
            return false;
        }
        // TT59/2021/TT-BCA Đ7 k2: 4th digit = century of birth and sex (0/1: 20th century male/female,
        // 2/3: 21st, 4/5: 22nd, …); 5th–6th digits = last two digits of the year of birth.
        int centuryAndSex = number.charAt(3) - '0';
        int yearOfCentury = Integer.parseInt(number.substring(4, 6));
        int birthYear = 1900 + (centuryAndSex / 2) * 100 + yearOfCentury;
        return birthYear <= currentYear.getValue();
    }
}
