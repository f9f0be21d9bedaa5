package vn.congso.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.identity.persistence.AccountRepository;

/** Who an account is, as other modules may show it (e.g. the converter's full name on a marker). */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account's full name, empty when there is no such account or it has none. */
    public Optional<String> fullName(String username) {
        return accounts.findByUsername(username).map(AccountRepository.AccountRow::fullName)
                .filter(name -> name != null && !name.isBlank());
    }
}
