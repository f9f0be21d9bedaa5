package vn.congso.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.congso.identity.persistence.AccountRepository;

/** Loads an account for login with its roles and every permission those roles carry. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginAttempts attempts;

    AccountDetailsService(AccountRepository accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = AccountFields.normaliseUsername(username);
        AccountRepository.AccountRow row = accounts.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException(normalised));
        boolean locked = attempts.isLocked(row.lockedUntil());
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(authorities(accounts.roles(row.id())))
                .disabled(!row.enabled())
                .accountLocked(locked)
                .build();
    }

    public static List<GrantedAuthority> authorities(Set<Role> roles) {
        List<GrantedAuthority> granted = new ArrayList<>();
        roles.forEach(role -> granted.add(new SimpleGrantedAuthority(role.authority())));
        for (Permission permission : Permission.values()) {
            if (roles.stream().anyMatch(permission::grantedTo)) {
                granted.add(new SimpleGrantedAuthority(permission.name()));
            }
        }
        return granted;
    }
}
