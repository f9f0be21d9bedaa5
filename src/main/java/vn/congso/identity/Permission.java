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
    /** Assign, answer, publish and decline questions from the public (NĐ42 Đ8 k1 a). */
    QA_ANSWER(OFFICER, HEAD, LEADER, ADMIN),
    /** See the aggregated ratings of the portal and its pages (NĐ42 Đ8 k1 d). */
    RATING_VIEW(HEAD, LEADER, ADMIN),
    /** Manage outgoing channels: webhooks, announcements (NĐ42 Đ5 k2). */
    CHANNEL_MANAGE(ADMIN),
    /** Rebuild the portal search index. */
    SEARCH_ADMIN(ADMIN),
    /** Convert paper documents to data messages and print data messages to paper (NĐ137 Đ4, Đ5). */
    CONVERSION_PERFORM(OFFICER, CLERK, HEAD, LEADER, ADMIN),
    /** Import, edit and publish the agency's legal documents on the portal (NĐ42 Đ4 k1 a). */
    LEGAL_DOCUMENT_MANAGE(OFFICER, HEAD, LEADER, ADMIN),
    /** Draft outgoing documents and give coordination opinions (soạn thảo văn bản đi). */
    DOCUMENT_DRAFT(OFFICER, HEAD, LEADER),
    /** Approve or return a draft at one's approval level (duyệt văn bản). */
    DOCUMENT_APPROVE(HEAD, LEADER),
    /** Sign an outgoing document as the competent person (ký ban hành). */
    DOCUMENT_SIGN(LEADER),
    /** Number, seal, register and issue outgoing documents; register incoming ones (văn thư). */
    DOCUMENT_REGISTER(CLERK),
    /** Assign incoming documents with a direction (phân công, chỉ đạo xử lý). */
    DOCUMENT_DIRECT(LEADER, HEAD),
    /** Read outgoing and incoming documents and their registers (staff who handle documents). */
    DOCUMENT_READ(OFFICER, CLERK, HEAD, LEADER),
    /** Fill in, save and submit one's own dossiers; supplement, withdraw, rate them; one's data store. */
    DOSSIER_SUBMIT(CITIZEN),
    /** Work on dossiers in the staff area: the queue, the steps one's role or department is given. */
    DOSSIER_PROCESS(OFFICER, CLERK, HEAD, LEADER),
    /** Receive a dossier at the one-stop counter on a citizen's behalf. */
    DOSSIER_RECEIVE_COUNTER(CLERK),
    /** Draft and edit portal news, bilingual pages (NĐ42 Đ17: editorial staff). */
    CONTENT_EDIT(OFFICER, HEAD, LEADER, ADMIN),
    /** Approve and publish portal news (NĐ42 Đ17). */
    CONTENT_PUBLISH(HEAD, LEADER, ADMIN),
    /** Upload one's own handwritten-signature image shown in one's digital signatures (NĐ30 Phụ lục I). */
    SIGNING_OWN_SIGNATURE(OFFICER, CLERK, HEAD, LEADER);

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
