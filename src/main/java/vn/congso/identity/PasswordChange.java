package vn.congso.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.shared.CongsoException;

/** A logged-in person changes their own password, proving they know the current one. */
@Service
public class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    PasswordChange(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Changes the password, or says per field ({@code current}, {@code password}, {@code confirmation}) why not. */
    @Transactional
    public Map<String, IdentityError> change(String username, String current, String password, String confirmation) {
        Map<String, IdentityError> problems = new LinkedHashMap<>();
        AccountRepository.AccountRow account = accounts.findByUsername(username)
                .orElseThrow(() -> new CongsoException(IdentityError.ACCOUNT_NOT_FOUND));
        if (current == null || current.isEmpty()) {
            problems.put("current", IdentityError.REQUIRED);
        } else if (!encoder.matches(current, account.passwordHash())) {
            problems.put("current", IdentityError.WRONG_CURRENT_PASSWORD);
        }
        PasswordPolicy.check(username, password).ifPresent(problem -> problems.put("password", problem));
        if (!problems.containsKey("password") && !password.equals(confirmation)) {
            problems.put("confirmation", IdentityError.PASSWORDS_DIFFER);
        }
        if (problems.isEmpty()) {
            accounts.setPassword(username, encoder.encode(password));
            audit.record("identity.password.changed", "account", username, null);
        }
        return problems;
    }
}
