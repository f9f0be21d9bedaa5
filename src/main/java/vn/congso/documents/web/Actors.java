package vn.congso.documents.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.congso.identity.Role;

/** The roles of the signed-in person, which decide the approval level they act at. */
final class Actors {

    private Actors() {
    }

    static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(a.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
