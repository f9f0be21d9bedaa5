package vn.congso.portal.legal.persistence;

import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchSource;
import vn.congso.portal.legal.LegalSearchDocuments;

/** Lets the search index be rebuilt from the register: one entry per document and one per article. */
@Component
class LegalSearchSource implements SearchSource {

    private final LegalDocumentRepository repository;

    LegalSearchSource(LegalDocumentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Stream<SearchDocument> all() {
        return repository.all().stream().flatMap(d -> LegalSearchDocuments.of(d).stream());
    }
}
