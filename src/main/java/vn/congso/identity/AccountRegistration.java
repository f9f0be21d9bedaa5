package vn.congso.identity;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.shared.CongsoException;

/** Citizens and organisations create their own accounts, with their consent recorded (NĐ137 Đ21 k2 b). */
@Service
public class AccountRegistration {

    /** A person registering; values arrive NFC-normalised from the web binders. */
    public record Individual(String fullName, String citizenId, String phone, String email, String username,
                             String password, boolean consent) {
    }

    /** An organisation registering under its tax code. */
    public record Organisation(String name, String taxCode, String phone, String email, String username,
                               String password, boolean consent) {
    }

    /**
     * A person the identity provider (VNeID) vouched for, arriving without an account: what the provider
     * told us, and the consent they give on our page before anything is stored.
     */
    public record FromIdentityProvider(String issuer, String subject, String fullName, String citizenId,
                                       String phone, String email) implements java.io.Serializable {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    AccountRegistration(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, MessageSource messages) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
    }

    /** What is wrong with each field, first problem per field; empty when the registration can go ahead. */
    @Transactional(readOnly = true)
    public Map<String, IdentityError> problems(Individual person) {
        Map<String, IdentityError> problems = new LinkedHashMap<>();
        required(problems, "fullName", person.fullName());
        String citizenId = trim(person.citizenId());
        if (required(problems, "citizenId", citizenId)) {
            if (!CitizenIdNumber.isValid(citizenId, Year.now(clock.withZone(VIETNAM)))) {
                problems.put("citizenId", IdentityError.INVALID_CITIZEN_ID);
            } else if (accounts.citizenIdTaken(citizenId)) {
                problems.put("citizenId", IdentityError.DUPLICATE_CITIZEN_ID);
            }
        }
        common(problems, person.phone(), person.email(), person.username(), person.password(), person.consent());
        return problems;
    }

    @Transactional(readOnly = true)
    public Map<String, IdentityError> problems(Organisation organisation) {
        Map<String, IdentityError> problems = new LinkedHashMap<>();
        required(problems, "name", organisation.name());
        String taxCode = trim(organisation.taxCode());
        if (required(problems, "taxCode", taxCode)) {
            if (!TaxCode.isValid(taxCode)) {
                problems.put("taxCode", IdentityError.INVALID_TAX_CODE);
            } else if (accounts.taxCodeTaken(taxCode)) {
                problems.put("taxCode", IdentityError.DUPLICATE_TAX_CODE);
            }
        }
        common(problems, organisation.phone(), organisation.email(), organisation.username(),
                organisation.password(), organisation.consent());
        return problems;
    }

    /** Creates the account, grants CITIZEN and records the consent; refuses what {@link #problems} refuses. */
    @Transactional
    public long register(Individual person) {
        refuseIfInvalid(problems(person));
        String username = AccountFields.normaliseUsername(person.username());
        long id = insert(() -> accounts.createIndividual(username, encoder.encode(person.password()),
                person.fullName().trim(), trim(person.citizenId()), AccountFields.normalisePhone(person.phone()),
                trim(person.email())));
        finish(id, username, ConsentText.INDIVIDUAL);
        return id;
    }

    @Transactional
    public long register(Organisation organisation) {
        refuseIfInvalid(problems(organisation));
        String username = AccountFields.normaliseUsername(organisation.username());
        long id = insert(() -> accounts.createOrganisation(username, encoder.encode(organisation.password()),
                organisation.name().trim(), trim(organisation.taxCode()),
                AccountFields.normalisePhone(organisation.phone()), trim(organisation.email())));
        finish(id, username, ConsentText.ORGANISATION);
        return id;
    }

    /**
     * Creates the citizen account of a person the identity provider vouched for and links it to the
     * provider's subject; the next login through the provider finds it. No password login: the stored hash
     * is of a random secret nobody knows.
     */
    @Transactional
    public long register(FromIdentityProvider person, boolean consent) {
        if (!consent) {
            throw new CongsoException(IdentityError.CONSENT_REQUIRED);
        }
        String citizenId = CitizenIdNumber.isValid(person.citizenId(), Year.now(clock.withZone(VIETNAM)))
                ? person.citizenId() : null;
        if (citizenId != null && accounts.citizenIdTaken(citizenId)) {
            throw new CongsoException(IdentityError.DUPLICATE_CITIZEN_ID);
        }
        String username = identityProviderUsername(person);
        String fullName = person.fullName() == null || person.fullName().isBlank() ? username : person.fullName().trim();
        String phone = AccountFields.isValidMobile(AccountFields.normalisePhone(person.phone()))
                ? AccountFields.normalisePhone(person.phone()) : null;
        long id = insert(() -> accounts.createIndividual(username,
                encoder.encode(UUID.randomUUID().toString() + UUID.randomUUID()),
                fullName, citizenId, phone, trim(person.email())));
        accounts.linkOidcSubject(id, person.issuer(), person.subject());
        finish(id, username, ConsentText.IDENTITY_PROVIDER);
        return id;
    }

    private String identityProviderUsername(FromIdentityProvider person) {
        String base = "vneid-" + (person.citizenId() != null && person.citizenId().matches("\\d{12}")
                ? person.citizenId()
                : Integer.toHexString(person.subject().hashCode()));
        String candidate = base;
        for (int n = 2; accounts.exists(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Records what the person agreed to, in the words (Vietnamese) and version of the text they saw. */
    void recordConsent(long accountId, ConsentText text) {
        String purpose = messages.getMessage(ConsentText.PURPOSE_KEY, null, VIETNAMESE);
        String items = text.itemKeys().stream().map(key -> messages.getMessage(key, null, VIETNAMESE))
                .collect(Collectors.joining("; "));
        accounts.recordConsent(accountId, purpose, ConsentText.VERSION, items, clock.instant());
    }

    private void finish(long id, String username, ConsentText text) {
        accounts.grant(id, Set.of(Role.CITIZEN));
        recordConsent(id, text);
        audit.recordAs(username, "identity.account.registered", "account", username,
                text.name() + ", consent " + ConsentText.VERSION);
    }

    private void common(Map<String, IdentityError> problems, String phone, String email, String username,
                        String password, boolean consent) {
        if (required(problems, "phone", phone) && !AccountFields.isValidMobile(AccountFields.normalisePhone(phone))) {
            problems.put("phone", IdentityError.INVALID_PHONE);
        }
        if (required(problems, "email", email) && !AccountFields.isValidEmail(email.trim())) {
            problems.put("email", IdentityError.INVALID_EMAIL);
        }
        String name = AccountFields.normaliseUsername(username);
        if (required(problems, "username", name)) {
            if (!AccountFields.isValidUsername(name)) {
                problems.put("username", IdentityError.INVALID_USERNAME);
            } else if (accounts.exists(name)) {
                problems.put("username", IdentityError.DUPLICATE_USERNAME);
            }
        }
        PasswordPolicy.check(name, password).ifPresent(problem -> problems.put("password", problem));
        // NĐ137 Đ21 k2 b: no account, and no personal data kept, without the person's express consent
        if (!consent) {
            problems.put("consent", IdentityError.CONSENT_REQUIRED);
        }
    }

    private static boolean required(Map<String, IdentityError> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.put(field, IdentityError.REQUIRED);
            return false;
        }
        return true;
    }

    private static void refuseIfInvalid(Map<String, IdentityError> problems) {
        if (!problems.isEmpty()) {
            throw new CongsoException(problems.values().iterator().next());
        }
    }

    private long insert(LongSupplier insert) {
        try {
            return insert.getAsLong();
        } catch (DuplicateKeyException e) {
            // two registrations raced past the checks: the constraint names what was taken
            String message = String.valueOf(e.getMessage());
            IdentityError code = message.contains("citizen_id") ? IdentityError.DUPLICATE_CITIZEN_ID
                    : message.contains("tax_code") ? IdentityError.DUPLICATE_TAX_CODE : IdentityError.DUPLICATE_USERNAME;
            throw new CongsoException(code, e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
