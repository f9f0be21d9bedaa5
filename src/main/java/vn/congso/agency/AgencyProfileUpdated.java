package vn.congso.agency;

import java.util.List;
import java.util.stream.Collectors;
import vn.congso.audit.Auditable;

/** The agency profile was changed; the audit entry lists every changed field with its old and new value. */
public record AgencyProfileUpdated(List<FieldChange> changes) implements Auditable {

    /** One field that changed; {@code null} is a value that was not given. */
    public record FieldChange(String field, String oldValue, String newValue) {

        @Override
        public String toString() {
            return field + ": " + quoted(oldValue) + " → " + quoted(newValue);
        }

        private static String quoted(String value) {
            return value == null ? "∅" : "\"" + value + "\"";
        }
    }

    @Override
    public String auditAction() {
        return "agency.profile.updated";
    }

    @Override
    public String auditObjectType() {
        return "agency";
    }

    @Override
    public String auditObjectId() {
        return "profile";
    }

    @Override
    public String auditDetails() {
        return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
    }
}
