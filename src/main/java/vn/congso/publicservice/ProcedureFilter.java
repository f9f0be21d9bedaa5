package vn.congso.publicservice;

/** Catalogue filters (NĐ42 Đ12 k2: by user, topic, level and agency; and by field). Null: any. */
public record ProcedureFilter(UserType userType, String topic, OnlineLevel level, String field, String agency) {

    public static ProcedureFilter any() {
        return new ProcedureFilter(null, null, null, null, null);
    }

    public boolean matches(Procedure p) {
        return (userType == null || p.userTypes().contains(userType))
                && (topic == null || topic.equals(p.topic()))
                && (level == null || level == p.level())
                && (field == null || field.equals(p.field()))
                && (agency == null || agency.equals(p.agency()));
    }
}
