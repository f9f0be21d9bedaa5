package vn.congso.signing;

/** What happened to the document after a signature was applied. */
public enum ChangeAfterSigning {
    /** The signature covers the whole file: nothing was added or changed afterwards. */
    NONE,
    /** Later revisions only add signatures, form fills or annotations; the signed content shows unchanged. */
    ADDITIONS,
    /** Later revisions change the pages or objects the signer saw. */
    CONTENT_CHANGED;

    public String messageKey() {
        return "signing.change." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
