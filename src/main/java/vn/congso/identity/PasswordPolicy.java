package vn.congso.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a new password must be: long enough, not the user name, not one everybody tries first. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    // The first guesses of password spraying against Vietnamese portals; kept short on purpose.
    private static final Set<String> COMMON = Set.of(
            "1234567890", "0123456789", "12345678910", "123456789a", "a123456789", "abc1234567", "abcd123456",
            "1111111111", "0000000000", "qwertyuiop", "qwerty1234", "password123", "password1234", "passw0rd123",
            "matkhau123", "matkhau1234", "iloveyou123", "admin12345", "admin123456", "congso12345", "vietnam123",
            "vietnam1234", "anhyeuem123", "12345678a@", "abc@123456", "abcd@12345");

    private PasswordPolicy() {
    }

    public static Optional<IdentityError> check(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(IdentityError.REQUIRED);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(IdentityError.PASSWORD_TOO_SHORT);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && folded.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(IdentityError.PASSWORD_IS_USERNAME);
        }
        if (COMMON.contains(folded)) {
            return Optional.of(IdentityError.PASSWORD_TOO_COMMON);
        }
        return Optional.empty();
    }
}
