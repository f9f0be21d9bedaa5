package vn.congso.publicservice;

/** Coded reasons for refusing a dossier (mẫu 03, TT 01/2018/TT-VPCP); each has a message naming its legal ground, shown to the citizen with the procedure's legal basis. */
public enum RefusalReason {
    /** Not within the agency's competence. */
    NOT_COMPETENT,
    /** The dossier does not meet the procedure's conditions. */
    CONDITIONS_NOT_MET,
    /** Not supplemented within the time the supplement request gave. */
    NOT_SUPPLEMENTED,
    /** Forged or false documents. */
    FALSE_DOCUMENTS;

    public String messageKey() {
        return "dossier.refusal." + name();
    }

    public String groundKey() {
        return "dossier.refusal-ground." + name();
    }
}
