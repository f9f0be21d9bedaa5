package vn.congso.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.identity.persistence.AccountRepository;

/**
 * An installation without any administrator (production, no demo data) gets its first one, {@code admin},
 * with the password the operator sets in {@code CONGSO_ADMIN_PASSWORD}. Without that password it does
 * not start: a portal nobody can administer is of no use, and a default password is a gift to attackers.
 * Runs after the demo accounts, so the default run keeps its demo admin.
 */
@Component
@Order(30)
class ProductionAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final int MIN_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(ProductionAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;

    ProductionAdmin(AccountRepository accounts, PasswordEncoder encoder, IdentityProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyHolds(Role.ADMIN)) {
            return;
        }
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator account exists. Set the environment variable "
                    + "CONGSO_ADMIN_PASSWORD (at least " + MIN_LENGTH + " characters) to create the user '" + USERNAME
                    + "' at start-up, e.g. CONGSO_ADMIN_PASSWORD='…' java -jar congso.jar; "
                    + "remove it once you have logged in and changed the password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH
                || PasswordPolicy.check(USERNAME, password).isPresent()) {
            throw new IllegalStateException("CONGSO_ADMIN_PASSWORD is too weak: it needs at least " + MIN_LENGTH
                    + " characters, must not contain the user name '" + USERNAME + "' and must not be a common password.");
        }
        if (accounts.exists(USERNAME)) {
            throw new IllegalStateException("No account holds the ADMIN role, but the user name '" + USERNAME
                    + "' is taken; grant ADMIN to an account in the database (identity_account_role).");
        }
        long id = accounts.createStaff(USERNAME, encoder.encode(password), USERNAME, null, null, null);
        accounts.grant(id, Set.of(Role.ADMIN));
        log.info("Created the administrator account '{}' from CONGSO_ADMIN_PASSWORD.", USERNAME);
    }
}
