package vn.congso.identity;

import java.util.Locale;
import vn.congso.shared.VietnameseText;

/** Form rules for the fields every account has. */
public final class AccountFields {

    private AccountFields() {
    }

    /** User names are stored NFC, trimmed and lower case: login compares them the same way. */
    public static String normaliseUsername(String username) {
        return username == null ? null : VietnameseText.nfc(username).trim().toLowerCase(Locale.ROOT);
    }

    /** 3–40 characters: ASCII letters, digits, dot, hyphen, underscore; starts with a letter or digit. */
    public static boolean isValidUsername(String normalised) {
        return normalised != null && normalised.matches("[a-z0-9][a-z0-9._-]{2,39}");
    }

    /** A Vietnamese mobile number: ten digits, 03, 05, 07, 08 or 09 after the 2018 renumbering. */
    public static boolean isValidMobile(String phone) {
        return phone != null && phone.matches("0[35789]\\d{8}");
    }

    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** Spaces and dots people type inside phone numbers are dropped. */
    public static String normalisePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.]", "");
    }
}
