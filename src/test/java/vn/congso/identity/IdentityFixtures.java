package vn.congso.identity;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congso.identity.persistence.AccountRepository;

/** Accounts the identity tests create for themselves, so no test locks or changes a shared demo account. */
public final class IdentityFixtures {

    public static final String PASSWORD = "Sông Cầu nước chảy 1975";

    private IdentityFixtures() {
    }

    /** A citizen account with {@link #PASSWORD}; returns its user name. */
    public static String citizen(AccountRepository accounts, PasswordEncoder encoder, String prefix) {
        String username = prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        long id = accounts.createIndividual(username, encoder.encode(PASSWORD), "Đinh Văn Thử", null, "0912000000",
                username + "@example.invalid");
        accounts.grant(id, Set.of(Role.CITIZEN));
        return username;
    }
}
