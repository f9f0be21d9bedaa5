/**
 * The agency this installation serves (cơ quan, đơn vị): its profile, printed on every converted
 * paper copy (NĐ137 Đ5 k1 a), its portal domain (NĐ42 Đ6 k4), its security contact (NĐ137 Đ21 k2 e),
 * and its departments (phòng ban).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agency", allowedDependencies = {"shared", "audit"})
package vn.congso.agency;
