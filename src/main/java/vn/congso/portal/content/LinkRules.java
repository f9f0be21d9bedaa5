package vn.congso.portal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;

/**
 * NĐ42 Đ7 k1 b: links must lead, correctly, to other state agencies' portals. Those use the
 * {@code .gov.vn} domain (NĐ42 Đ6 k4); a few official sites outside it are configured exceptions.
 * Only {@code https} is accepted, so a visitor is never sent to a page that can be tampered with.
 */
final class LinkRules {

    private LinkRules() {
    }

    /** The message key of what is wrong with the address, or null when it is acceptable. */
    static String check(String url, Collection<String> hostExceptions) {
        if (url == null || url.isBlank()) {
            return "content.links.url-required";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "content.links.url-malformed";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "content.links.url-not-https";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "content.links.url-malformed";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean government = host.endsWith(".gov.vn");
        boolean excepted = hostExceptions.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        return government || excepted ? null : "content.links.url-not-government";
    }
}
