package vn.congso.publicservice;

import vn.congso.audit.Auditable;

/**
 * A dossier changed state or hands (received, forwarded, supplement requested, …). Audited, and mailed
 * to the applicant (NĐ137 Đ7 k1 c).
 */
public record DossierTransitioned(String code, String action, DossierStatus status, String applicantEmail,
                                  String note) implements Auditable {

    @Override
    public String auditAction() {
        return "dossier." + action.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String auditObjectType() {
        return "dossier";
    }

    @Override
    public String auditObjectId() {
        return code;
    }

    @Override
    public String auditDetails() {
        return status + (note == null ? "" : " " + note);
    }
}
