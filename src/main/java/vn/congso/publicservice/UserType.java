package vn.congso.publicservice;

/** Đối tượng thực hiện (NĐ42 Đ12 k2: services are classified by user, individual or organisation). */
public enum UserType {
    /** Cá nhân (công dân Việt Nam, người Việt Nam định cư ở nước ngoài, người nước ngoài). */
    INDIVIDUAL,
    /** Tổ chức, doanh nghiệp. */
    ORGANISATION
}
