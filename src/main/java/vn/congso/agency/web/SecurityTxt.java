package vn.congso.agency.web;

import vn.congso.agency.AgencyProfile;

/** The text of security.txt (RFC 9116) for a profile; null when the profile names no security contact. */
final class SecurityTxt {

    private SecurityTxt() {
    }

    static String render(AgencyProfile profile, String expires) {
        String email = profile.securityContactEmail();
        String tel = telUri(profile.securityContactPhone());
        if (email == null && tel == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        // RFC 9116 §2.3: comments start with "#"; the agency and its system, as the portal footer shows them
        text.append("# ").append(profile.nameVi()).append(" - ").append(profile.systemName()).append('\n');
        // RFC 9116 §2.5.3: Contact is required, as a URI; listed in order of preference
        if (email != null) {
            text.append("Contact: mailto:").append(email).append('\n');
        }
        if (tel != null) {
            text.append("Contact: ").append(tel).append('\n');
        }
        text.append("Expires: ").append(expires).append('\n');
        text.append("Preferred-Languages: vi, en\n");
        if (profile.domain() != null) {
            // RFC 9116 §2.5.2: the https URI the file is meant to be found at
            text.append("Canonical: https://").append(profile.domain()).append("/.well-known/security.txt\n");
        }
        return text.toString();
    }

    /**
     * A Vietnamese number as an RFC 3966 global number: the leading trunk 0 becomes +84; an
     * international number keeps its country code. Anything else has no tel: form.
     */
    static String telUri(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        String trimmed = phone.strip();
        if (trimmed.startsWith("+") && digits.length() >= 8) {
            return "tel:+" + digits;
        }
        if (digits.startsWith("00") && digits.length() > 10) {
            return "tel:+" + digits.substring(2);
        }
        if (digits.startsWith("0") && digits.length() >= 9) {
            return "tel:+84" + digits.substring(1);
        }
        return null;
    }
}
