package vn.congso.portal;

import java.util.stream.Stream;

/**
 * A module with public pages declares a bean of this type; {@code /sitemap.xml} lists what every
 * contributor returns, so search engines and other agencies' portals find the pages (NĐ42 Đ6 k6).
 */
public interface SitemapContributor {

    /** The public pages this module serves now, read from the database. */
    Stream<SitemapEntry> sitemapEntries();
}
