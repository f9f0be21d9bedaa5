/**
 * Online public services (dịch vụ công trực tuyến, NĐ42 Chương III): the working-day calendar the
 * one-stop counter counts time limits on (lịch làm việc, BLLĐ 2019 Đ111–112), the catalogue of
 * administrative procedures with their online level computed from how each is carried out
 * (NĐ42 Đ11 k1, Đ12), dossier codes (mã hồ sơ, TT 01/2018/TT-VPCP Đ19), and dossiers (hồ sơ):
 * e-forms, receipt online and at the one-stop counter, processing through the procedure's steps with
 * supplement requests, refusals and apologies, the signed result in the citizen's electronic data
 * store, public status lookup, satisfaction ratings and the monthly report (NĐ137 Đ7 k1, Đ8 k4;
 * NĐ42 Đ13 k5, Đ16 k1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public services")
package vn.congso.publicservice;
