package vn.congso.agency;

/** A department (phòng ban, bộ phận) of the agency. */
public record Department(long id, String code, String nameVi, String nameEn, boolean active) {
}
