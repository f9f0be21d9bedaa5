package vn.congso.identity;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.Department;
import vn.congso.audit.AuditLog;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.identity.persistence.AccountRepository.AccountRow;
import vn.congso.shared.CongsoException;

/** The administrator's work on accounts: staff accounts, their roles and departments, locks. Every change is audited. */
@Service
public class AccountAdministration {

    /** An account as the admin pages show it. */
    public record AccountView(long id, String username, String kind, String fullName, String email, String phone,
                              String citizenId, String taxCode, Long departmentId, String title, boolean enabled,
                              boolean locked, Set<Role> roles) {
    }

    /** A new staff account; an empty {@code password} asks for a generated one. */
    public record NewStaff(String username, String fullName, String email, Long departmentId, String title,
                           String password, Set<Role> roles) {
    }

    /** The created account and, if it was generated, its initial password (shown to the admin once). */
    public record Created(long id, String username, String generatedPassword) {
    }

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final AgencyManagement agency;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final LoginAttempts attempts;
    private final SecureRandom random = new SecureRandom();

    AccountAdministration(AccountRepository accounts, AgencyManagement agency, PasswordEncoder encoder, AuditLog audit,
                          LoginAttempts attempts) {
        this.accounts = accounts;
        this.agency = agency;
        this.encoder = encoder;
        this.audit = audit;
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    public List<AccountView> list(boolean staff, String search) {
        return accounts.list(staff, search, 200).stream().map(this::view).toList();
    }

    /** The account with this user name, if there is one: one statement, so no transaction of its own. */
    public java.util.Optional<AccountView> findByUsername(String username) {
        return accounts.findWithRoles(AccountFields.normaliseUsername(username)).map(a -> view(a.account(), a.roles()));
    }

    @Transactional(readOnly = true)
    public AccountView account(long id) {
        return view(row(id));
    }

    /** Field problems of a new staff account; empty if it can be created. */
    @Transactional(readOnly = true)
    public Map<String, IdentityError> problems(NewStaff staff) {
        Map<String, IdentityError> problems = new LinkedHashMap<>();
        String name = AccountFields.normaliseUsername(staff.username());
        if (name == null || name.isEmpty()) {
            problems.put("username", IdentityError.REQUIRED);
        } else if (!AccountFields.isValidUsername(name)) {
            problems.put("username", IdentityError.INVALID_USERNAME);
        } else if (accounts.exists(name)) {
            problems.put("username", IdentityError.DUPLICATE_USERNAME);
        }
        if (staff.fullName() == null || staff.fullName().isBlank()) {
            problems.put("fullName", IdentityError.REQUIRED);
        }
        if (staff.email() == null || staff.email().isBlank()) {
            problems.put("email", IdentityError.REQUIRED);
        } else if (!AccountFields.isValidEmail(staff.email().trim())) {
            problems.put("email", IdentityError.INVALID_EMAIL);
        }
        if (staff.departmentId() != null && agency.department(staff.departmentId()).isEmpty()) {
            problems.put("departmentId", IdentityError.UNKNOWN_DEPARTMENT);
        }
        if (staff.password() != null && !staff.password().isEmpty()) {
            PasswordPolicy.check(name, staff.password()).ifPresent(problem -> problems.put("password", problem));
        }
        if (staff.roles() != null && staff.roles().stream().anyMatch(role -> !role.isStaff())) {
            problems.put("roles", IdentityError.NOT_A_STAFF_ROLE);
        }
        return problems;
    }

    @Transactional
    public Created createStaff(NewStaff staff) {
        Map<String, IdentityError> problems = problems(staff);
        if (!problems.isEmpty()) {
            throw new CongsoException(problems.values().iterator().next());
        }
        String username = AccountFields.normaliseUsername(staff.username());
        boolean generate = staff.password() == null || staff.password().isEmpty();
        String password = generate ? randomPassword() : staff.password();
        long id = accounts.createStaff(username, encoder.encode(password), staff.fullName().trim(), staff.email().trim(),
                staff.departmentId(), blankToNull(staff.title()));
        Set<Role> roles = staff.roles() == null ? Set.of() : staff.roles();
        accounts.grant(id, roles);
        audit.record("identity.staff.created", "account", username, "roles " + names(roles)
                + (staff.departmentId() == null ? "" : ", department " + staff.departmentId()));
        return new Created(id, username, generate ? password : null);
    }

    /** Gives the staff account exactly these roles. An admin keeps their own ADMIN role. */
    @Transactional
    public void setRoles(long id, Set<Role> wanted, String actingUsername) {
        AccountRow account = row(id);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (wanted != null) {
            roles.addAll(wanted);
        }
        if (!"STAFF".equals(account.kind()) || roles.stream().anyMatch(role -> !role.isStaff())) {
            throw new CongsoException(IdentityError.NOT_A_STAFF_ROLE);
        }
        Set<Role> held = accounts.roles(id);
        // the installation must not lose its administrator by a slip of the person administering it
        if (account.username().equals(actingUsername) && held.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new CongsoException(IdentityError.CANNOT_REMOVE_OWN_ADMIN);
        }
        Set<Role> removed = EnumSet.noneOf(Role.class);
        removed.addAll(held);
        removed.removeAll(roles);
        accounts.revoke(id, removed);
        accounts.grant(id, roles);
        audit.record("identity.roles.changed", "account", account.username(), "roles " + names(roles));
    }

    @Transactional
    public void setDepartment(long id, Long departmentId) {
        AccountRow account = row(id);
        if (departmentId != null && agency.department(departmentId).isEmpty()) {
            throw new CongsoException(IdentityError.UNKNOWN_DEPARTMENT);
        }
        accounts.setDepartment(id, departmentId);
        audit.record("identity.department.changed", "account", account.username(),
                departmentId == null ? "none" : "department " + departmentId);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actingUsername) {
        AccountRow account = row(id);
        if (!enabled && account.username().equals(actingUsername)) {
            throw new CongsoException(IdentityError.CANNOT_DISABLE_SELF);
        }
        accounts.setEnabled(id, enabled);
        audit.record(enabled ? "identity.account.enabled" : "identity.account.disabled", "account", account.username(), null);
    }

    @Transactional
    public void unlock(long id) {
        AccountRow account = row(id);
        accounts.unlock(id);
        audit.record("identity.account.unlocked", "account", account.username(), null);
    }

    public List<Department> departments() {
        return agency.departments();
    }

    private AccountRow row(long id) {
        return accounts.findById(id).orElseThrow(() -> new CongsoException(IdentityError.ACCOUNT_NOT_FOUND));
    }

    private AccountView view(AccountRow row) {
        return view(row, accounts.roles(row.id()));
    }

    private AccountView view(AccountRow row, Set<Role> roles) {
        return new AccountView(row.id(), row.username(), row.kind(), row.fullName(), row.email(), row.phone(),
                row.citizenId(), row.taxCode(), row.departmentId(), row.title(), row.enabled(),
                attempts.isLocked(row.lockedUntil()), roles);
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "-" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
