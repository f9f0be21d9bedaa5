package vn.congso.identity;

/** What a person is to the agency; staff may hold several roles. */
public enum Role {
    /** Công dân, tổ chức. */
    CITIZEN,
    /** Cán bộ, công chức xử lý. */
    OFFICER,
    /** Văn thư. */
    CLERK,
    /** Trưởng phòng. */
    HEAD,
    /** Lãnh đạo. */
    LEADER,
    /** Quản trị hệ thống. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CITIZEN;
    }
}
