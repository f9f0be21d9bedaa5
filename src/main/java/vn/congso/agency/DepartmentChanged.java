package vn.congso.agency;

import vn.congso.audit.Auditable;

/**
 * A department was added, renamed, deactivated or reactivated.
 *
 * @param change  {@code added}, {@code renamed}, {@code deactivated} or {@code reactivated}
 * @param details what changed, old → new where there was an old value
 */
public record DepartmentChanged(String change, String code, String details) implements Auditable {

    @Override
    public String auditAction() {
        return "agency.department." + change;
    }

    @Override
    public String auditObjectType() {
        return "department";
    }

    @Override
    public String auditObjectId() {
        return code;
    }

    @Override
    public String auditDetails() {
        return details;
    }
}
