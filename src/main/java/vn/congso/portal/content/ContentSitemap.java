package vn.congso.portal.content;

import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.portal.SitemapContributor;
import vn.congso.portal.SitemapEntry;

/** The public content pages for {@code /sitemap.xml}. */
@Component
class ContentSitemap implements SitemapContributor {

    private final ArticleRepository articles;
    private final InformationCatalogue catalogue;
    private final BilingualPages pages;

    ContentSitemap(ArticleRepository articles, InformationCatalogue catalogue, BilingualPages pages) {
        this.articles = articles;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SitemapEntry> sitemapEntries() {
        Stream<SitemapEntry> fixed = Stream.of(
                new SitemapEntry("/tin-tuc", catalogue.modified()),
                new SitemapEntry("/danh-muc-thong-tin", catalogue.modified()),
                new SitemapEntry("/gioi-thieu", pages.modified("vi")),
                new SitemapEntry("/en/about", pages.modified("en")),
                new SitemapEntry("/lien-ket", null),
                new SitemapEntry("/du-lieu-mo", catalogue.modified()));
        Stream<SitemapEntry> categories = catalogue.rows().stream()
                .map(r -> new SitemapEntry("/tin-tuc?chuyen-muc=" + r.category().code(), r.lastPublished()));
        Stream<SitemapEntry> news = articles.allPublished().stream()
                .map(a -> new SitemapEntry(a.path(), a.updatedAt()));
        return Stream.of(fixed, categories, news).flatMap(s -> s);
    }
}
