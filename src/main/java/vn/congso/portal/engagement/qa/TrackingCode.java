package vn.congso.portal.engagement.qa;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes (mã tra cứu): 10 characters from 31 that cannot be mistaken for one another when
 * read aloud or copied by hand (no 0/O, 1/I/L), about 49 bits, drawn from a secure random source so
 * that nobody can guess someone else's code.
 */
final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (lower case, spaces, dashes) in its stored form; null when it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
