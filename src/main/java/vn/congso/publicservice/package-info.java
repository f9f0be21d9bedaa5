/**
 * Online public services (dịch vụ công trực tuyến, NĐ42 Chương III): the working-day calendar the
 * one-stop counter counts time limits on (lịch làm việc, BLLĐ 2019 Đ111–112), the catalogue of
 * administrative procedures with their online level computed from how each is carried out
 * (NĐ42 Đ11 k1, Đ12), and dossier codes (mã hồ sơ, TT 01/2018/TT-VPCP Đ19).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public services")
package vn.congso.publicservice;
