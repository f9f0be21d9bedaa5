/**
 * Digital signatures (ký số) on EU DSS: the agency's signature and officers' signatures on PDF
 * documents (PAdES), and validation of any signed PDF against the agency's trust anchors.
 * <p>Used for the digital signature of the agency or the competent person on paper documents converted
 * to electronic form (NĐ137 Đ4 k2 đ) and on electronic results of public services and outgoing
 * documents; validation lets anyone check a signed document the agency issued. The visible
 * signature follows the presentation of NĐ30/2020 Phụ lục I: the agency's signature shows the agency
 * name and the signing time (ISO 8601, Vietnam time); a personal signature shows name and title.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing")
package vn.congso.signing;
