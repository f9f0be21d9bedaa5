package vn.congso.portal.legal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.portal.SitemapContributor;
import vn.congso.portal.SitemapEntry;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;

/** The register's pages for {@code /sitemap.xml} (NĐ42 Đ6 k6): the list and every document, with its last change. */
@Component
class LegalSitemap implements SitemapContributor {

    private final LegalDocumentRepository repository;

    LegalSitemap(LegalDocumentRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SitemapEntry> sitemapEntries() {
        List<LegalDocumentRecord> documents = repository.all();
        SitemapEntry list = new SitemapEntry("/van-ban", documents.stream().map(LegalDocumentRecord::updatedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
        return Stream.concat(Stream.of(list),
                documents.stream().map(d -> new SitemapEntry("/van-ban/" + d.slug(), d.updatedAt())));
    }
}
