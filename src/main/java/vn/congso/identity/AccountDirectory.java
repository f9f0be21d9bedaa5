package vn.congso.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    /** What an e-form is pre-filled with and a dossier records of its applicant (NĐ42 Đ11 k2 c: given once). */
    public record Contact(String fullName, String citizenId, String phone, String email) {
    }

    /**
     * The account's contact details, empty when there is no such account: one statement, so no
     * transaction of its own (read on every online receipt, bench/dossiers.sh).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Contact> contact(String username) {
        return accounts.contact(AccountFields.normaliseUsername(username));
    }

    /** The account's full name, empty when there is no such account or it has none. */
    public Optional<String> fullName(String username) {
        return accounts.findByUsername(username).map(AccountRepository.AccountRow::fullName)
                .filter(name -> name != null && !name.isBlank());
    }
}
