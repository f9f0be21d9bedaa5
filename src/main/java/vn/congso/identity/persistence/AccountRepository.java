package vn.congso.identity.persistence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.identity.Role;

@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AccountRow(long id, String username, String passwordHash, String kind, String fullName,
                             String email, Long departmentId, String title, boolean enabled,
                             int failedAttempts, Instant lockedUntil) {
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, password_hash, kind, full_name, email, department_id, title, enabled,
                       failed_attempts, locked_until
                from identity_account where username = ?""")
                .param(username)
                .query((rs, n) -> new AccountRow(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getString("kind"), rs.getString("full_name"),
                        rs.getString("email"), (Long) rs.getObject("department_id"), rs.getString("title"),
                        rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                        rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    public Set<Role> roles(long accountId) {
        List<String> names = jdbc.sql("select role from identity_account_role where account_id = ?")
                .param(accountId).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from identity_account where username = ?").param(username)
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

    public void grant(long accountId, Set<Role> roles) {
        roles.forEach(role -> jdbc.sql("insert into identity_account_role (account_id, role) values (?, ?) on conflict do nothing")
                .params(accountId, role.name()).update());
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.sql("update identity_account set password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = null where username = ?")
                .params(passwordHash, username).update();
    }
}
