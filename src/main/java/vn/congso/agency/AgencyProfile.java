package vn.congso.agency;

/**
 * The agency's public identity.
 *
 * @param identifierCode mã định danh điện tử of the agency (e.g. {@code 000.00.01.H41}), the prefix of
 *                       dossier codes and the sender id in edXML
 * @param systemName     name of the information system, printed with {@code systemOwner} on every paper
 *                       copy converted from a data message (NĐ137 Đ5 k1 a)
 */
public record AgencyProfile(
        String nameVi,
        String nameEn,
        String parentName,
        AgencyLevel level,
        String adminUnitCode,
        String identifierCode,
        String address,
        String phone,
        String email,
        String domain,
        String systemName,
        String systemOwner,
        String securityContactEmail,
        String securityContactPhone) {
}
