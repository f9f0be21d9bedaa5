package vn.congso.identity;

import java.util.List;

/**
 * What a person agrees to when an account is created: the purpose and the personal data items
 * collected (NĐ137 Đ21 k2 b: consent to the collection of personal data, for a stated purpose). The
 * texts are message keys; {@link #VERSION} names the wording, so a stored consent can be traced to the
 * text the person saw. Change the version whenever a text under {@code identity.consent.*} changes.
 */
public enum ConsentText {
    INDIVIDUAL(List.of("full-name", "citizen-id", "phone", "email", "username")),
    ORGANISATION(List.of("org-name", "tax-code", "phone", "email", "username")),
    IDENTITY_PROVIDER(List.of("full-name", "citizen-id", "phone", "email", "idp-subject"));

    public static final String VERSION = "DK-2026.1";
    public static final String PURPOSE_KEY = "identity.consent.purpose";

    private final List<String> items;

    ConsentText(List<String> items) {
        this.items = items;
    }

    /** Message keys of the data items, in the order the form lists them. */
    public List<String> itemKeys() {
        return items.stream().map(item -> "identity.consent.item." + item).toList();
    }
}
