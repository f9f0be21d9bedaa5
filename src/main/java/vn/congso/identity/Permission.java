package vn.congso.identity;

import static vn.congso.identity.Role.ADMIN;
import static vn.congso.identity.Role.CITIZEN;
import static vn.congso.identity.Role.CLERK;
import static vn.congso.identity.Role.HEAD;
import static vn.congso.identity.Role.LEADER;
import static vn.congso.identity.Role.OFFICER;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one place where permissions meet roles. Controllers name a permission
 * ({@code @PreAuthorize("hasAuthority('AGENCY_MANAGE')")}); a person holds every permission of every
 * role they have. Adding a permission is an edit here, visible in review.
 */
public enum Permission {
    /** Use one's own account: change password, see one's data. */
    ACCOUNT_SELF(CITIZEN, OFFICER, CLERK, HEAD, LEADER, ADMIN),
    /** Enter the staff area. */
    STAFF_AREA(OFFICER, CLERK, HEAD, LEADER, ADMIN),
    /** Edit the agency profile and departments. */
    AGENCY_MANAGE(ADMIN),
    /** Create staff accounts, assign roles and departments. */
    ACCOUNT_MANAGE(ADMIN),
    /** Read and verify the audit log. */
    AUDIT_VERIFY(ADMIN),
    /** Operational metrics and health details. */
    OPERATIONS_VIEW(ADMIN),
    /** Maintain the working-day calendar: announced holidays, compensatory days, swaps. */
    CALENDAR_MANAGE(ADMIN),
    /** Import and maintain the procedure catalogue. */
    PROCEDURE_MANAGE(ADMIN),
    /** Add and remove the root certificates signatures are validated against. */
    SIGNING_TRUST_MANAGE(ADMIN),
    /** Draft and edit portal news, bilingual pages (NĐ42 Đ17: editorial staff). */
    CONTENT_EDIT(OFFICER, HEAD, LEADER, ADMIN),
    /** Approve and publish portal news (NĐ42 Đ17). */
    CONTENT_PUBLISH(HEAD, LEADER, ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }
}
