package vn.congso.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.identity.AccountDirectory;
import vn.congso.identity.Role;

/** Accounts and their roles in {@code identity_account} and {@code identity_account_role}. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, username, password_hash, kind, full_name, email, department_id, title, enabled,
            failed_attempts, locked_until, citizen_id, tax_code, phone, created_at""";

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AccountRow(long id, String username, String passwordHash, String kind, String fullName,
                             String email, Long departmentId, String title, boolean enabled,
                             int failedAttempts, Instant lockedUntil, String citizenId, String taxCode, String phone,
                             Instant createdAt) {
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where username = ?")
                .param(username).query(AccountRepository::row).optional();
    }

    public Optional<AccountRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where id = ?")
                .param(id).query(AccountRepository::row).optional();
    }

    public Optional<AccountRow> findByOidcSubject(String issuer, String subject) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where oidc_issuer = ? and oidc_subject = ?")
                .params(issuer, subject).query(AccountRepository::row).optional();
    }

    /** Staff ({@code staff = true}) or citizens and organisations, optionally filtered by name, user name or number. */
    public List<AccountRow> list(boolean staff, String search, int limit) {
        String pattern = search == null || search.isBlank() ? null : "%" + search.trim() + "%";
        return jdbc.sql("select " + COLUMNS + """
                 from identity_account
                where (kind = 'STAFF') = ?
                  and (cast(? as text) is null or lower(full_name) like lower(?) or username like lower(?)
                       or citizen_id like ? or tax_code like ?)
                order by username limit ?""")
                .params(staff, pattern, pattern, pattern, pattern, pattern, limit)
                .query(AccountRepository::row).list();
    }

    public Optional<AccountDirectory.Contact> contact(String username) {
        return jdbc.sql("select full_name, citizen_id, phone, email from identity_account where username = ?")
                .param(username).query((rs, n) -> new AccountDirectory.Contact(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional();
    }

    /** An account with its roles, in one round trip. */
    public record AccountWithRoles(AccountRow account, Set<Role> roles) {
    }

    public Optional<AccountWithRoles> findWithRoles(String username) {
        return jdbc.sql("select " + COLUMNS + """
                , array(select role from identity_account_role r where r.account_id = a.id) as roles
                from identity_account a where username = ?""")
                .param(username).query((rs, n) -> new AccountWithRoles(row(rs, n),
                        roles(List.of((String[]) rs.getArray("roles").getArray())))).optional();
    }

    public Set<Role> roles(long accountId) {
        return roles(jdbc.sql("select role from identity_account_role where account_id = ?")
                .param(accountId).query(String.class).list());
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from identity_account where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public boolean citizenIdTaken(String citizenId) {
        return jdbc.sql("select count(*) from identity_account where citizen_id = ?").param(citizenId)
                .query(Integer.class).single() > 0;
    }

    public boolean taxCodeTaken(String taxCode) {
        return jdbc.sql("select count(*) from identity_account where tax_code = ?").param(taxCode)
                .query(Integer.class).single() > 0;
    }

    public boolean anyHolds(Role role) {
        return jdbc.sql("select count(*) from identity_account_role where role = ?").param(role.name())
                .query(Integer.class).single() > 0;
    }

    public long createStaff(String username, String passwordHash, String fullName, String email, Long departmentId,
                            String title) {
        return jdbc.sql("""
                insert into identity_account (username, password_hash, kind, full_name, email, department_id, title)
                values (?, ?, 'STAFF', ?, ?, ?, ?) returning id""")
                .params(username, passwordHash, fullName, email, departmentId, title)
                .query(Long.class).single();
    }

    public long createIndividual(String username, String passwordHash, String fullName, String citizenId,
                                 String phone, String email) {
        return jdbc.sql("""
                insert into identity_account (username, password_hash, kind, full_name, citizen_id, phone, email)
                values (?, ?, 'INDIVIDUAL', ?, ?, ?, ?) returning id""")
                .params(username, passwordHash, fullName, citizenId, phone, email)
                .query(Long.class).single();
    }

    public long createOrganisation(String username, String passwordHash, String name, String taxCode, String phone,
                                   String email) {
        return jdbc.sql("""
                insert into identity_account (username, password_hash, kind, full_name, tax_code, phone, email)
                values (?, ?, 'ORGANISATION', ?, ?, ?, ?) returning id""")
                .params(username, passwordHash, name, taxCode, phone, email)
                .query(Long.class).single();
    }

    public void linkOidcSubject(long accountId, String issuer, String subject) {
        jdbc.sql("update identity_account set oidc_issuer = ?, oidc_subject = ? where id = ?")
                .params(issuer, subject, accountId).update();
    }

    public void grant(long accountId, Set<Role> roles) {
        roles.forEach(role -> jdbc.sql("insert into identity_account_role (account_id, role) values (?, ?) on conflict do nothing")
                .params(accountId, role.name()).update());
    }

    public void revoke(long accountId, Set<Role> roles) {
        roles.forEach(role -> jdbc.sql("delete from identity_account_role where account_id = ? and role = ?")
                .params(accountId, role.name()).update());
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.sql("update identity_account set password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = null where username = ?")
                .params(passwordHash, username).update();
    }

    public void setDepartment(long accountId, Long departmentId) {
        jdbc.sql("update identity_account set department_id = ? where id = ?").params(departmentId, accountId).update();
    }

    public void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("update identity_account set enabled = ? where id = ?").params(enabled, accountId).update();
    }

    public void unlock(long accountId) {
        jdbc.sql("update identity_account set failed_attempts = 0, locked_until = null where id = ?")
                .param(accountId).update();
    }

    /**
     * Counts a failed login; the failure that reaches {@code maxFailures} locks the account until
     * {@code lockUntil} and starts the count again. True if this failure locked it; empty for an unknown name.
     */
    public Optional<Boolean> recordFailure(String username, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                update identity_account
                   set locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end,
                       failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end
                 where username = ?
                returning failed_attempts = 0""")
                .params(maxFailures, Timestamp.from(lockUntil), maxFailures, username)
                .query(Boolean.class).optional();
    }

    public void resetFailures(String username) {
        jdbc.sql("update identity_account set failed_attempts = 0, locked_until = null where username = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(username).update();
    }

    public void recordConsent(long accountId, String purpose, String textVersion, String dataItems, Instant grantedAt) {
        jdbc.sql("insert into identity_consent (account_id, purpose, text_version, data_items, granted_at) values (?, ?, ?, ?, ?)")
                .params(accountId, purpose, textVersion, dataItems, Timestamp.from(grantedAt)).update();
    }

    private static AccountRow row(ResultSet rs, int n) throws SQLException {
        return new AccountRow(rs.getLong("id"), rs.getString("username"),
                rs.getString("password_hash"), rs.getString("kind"), rs.getString("full_name"),
                rs.getString("email"), (Long) rs.getObject("department_id"), rs.getString("title"),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
                rs.getString("citizen_id"), rs.getString("tax_code"), rs.getString("phone"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
