package vn.congso.publicservice.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.SearchSource;
import vn.congso.publicservice.DossierComponent;
import vn.congso.publicservice.Procedure;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.publicservice.ProceduresImported;
import vn.congso.publicservice.ProcedureFilter;

/**
 * The portal search finds procedures too (NĐ42 Đ7 k1 a, Đ12 k2): name, field, agency, the dossier
 * components and the result, with the field as category and the level as status.
 */
@Component
class ProcedureSearchSource implements SearchSource {

    private final ProcedureCatalogue catalogue;
    private final ObjectProvider<SearchIndexing> indexing;

    ProcedureSearchSource(ProcedureCatalogue catalogue, ObjectProvider<SearchIndexing> indexing) {
        this.catalogue = catalogue;
        this.indexing = indexing;
    }

    @Override
    public Stream<SearchDocument> all() {
        return catalogue.search(ProcedureFilter.any()).stream().map(ProcedureSearchSource::document);
    }

    /** Imported procedures become findable once the import has committed. */
    @TransactionalEventListener
    void imported(ProceduresImported event) {
        List<SearchDocument> documents = event.codes().stream().map(catalogue::find)
                .flatMap(java.util.Optional::stream).map(ProcedureSearchSource::document).toList();
        indexing.orderedStream().forEach(index -> index.index(documents));
    }

    static SearchDocument document(Procedure procedure) {
        String text = Stream.of(Stream.of(procedure.field(), procedure.agency(), procedure.result(), procedure.timeNote()),
                        procedure.components().stream().map(DossierComponent::name))
                .flatMap(s -> s)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(". "));
        return new SearchDocument("procedure:" + procedure.code(), "procedure", procedure.name(), text,
                "/thu-tuc/" + procedure.code(),
                Map.of("category", List.of(procedure.field()), "status", List.of(procedure.level().name())),
                null);
    }
}
