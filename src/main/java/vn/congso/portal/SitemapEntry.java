package vn.congso.portal;

import java.time.Instant;

/**
 * One address for {@code /sitemap.xml} (sitemaps.org protocol 0.9).
 *
 * @param path         relative to the portal, starting with {@code /}
 * @param lastModified when the page's content last changed; null when unknown
 */
public record SitemapEntry(String path, Instant lastModified) {
}
