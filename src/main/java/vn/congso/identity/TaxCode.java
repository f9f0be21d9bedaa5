package vn.congso.identity;

/**
 * Form check of an organisation's tax code (mã số thuế): ten digits whose last is the check digit
 * of the first nine, optionally followed by {@code -} and a three-digit branch number (001–999).
 */
public final class TaxCode {

    // The General Department of Taxation's check digit: weights of N1..N9, N10 = 10 - (Σ mod 11).
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{10}(-\\d{3})?")) {
            return false;
        }
        if (code.length() == 14 && code.endsWith("-000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (code.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        // a remainder of 0 would need the check digit 10: such numbers are never issued
        return check < 10 && check == code.charAt(9) - '0';
    }
}
