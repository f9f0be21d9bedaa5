package vn.congso.portal.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchQuery;
import vn.congso.shared.VietnameseText;

/** The Lucene fields of one {@link SearchDocument}, and the way back. */
final class SearchFields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String UPDATED = "updated";
    static final String FACET_PREFIX = "facet.";
    static final String TITLE_EXACT = "title.exact";
    static final String TITLE_FOLDED = "title.folded";
    static final String TITLE_PAIRS = "title.pairs";
    static final String TEXT_EXACT = "text.exact";
    /** Also holds the stored text, with each word's offsets in the postings: the highlighter reads both from here. */
    static final String TEXT_FOLDED = "text.folded";
    static final String TEXT_PAIRS = "text.pairs";
    /** Title and text in one folded field (two values, apart): the cheap first pass of the ranking, and the hit set. */
    static final String ALL_FOLDED = "all.folded";
    /**
     * The folded adjacent pairs of title and text in one field, without positions: the first, cheap
     * candidates of a query of several words (a pair's postings are far shorter than its words').
     */
    static final String ALL_PAIRS = "all.pairs";

    static final FacetsConfig FACETS = facetsConfig();
    private static final FieldType STORED_WITH_OFFSETS = storedWithOffsets();
    private static final FieldType WITHOUT_POSITIONS = withoutPositions();

    private SearchFields() {
    }

    static Document toDocument(SearchDocument source) {
        String title = VietnameseText.nfc(source.title() == null ? "" : source.title());
        String text = VietnameseText.nfc(source.text() == null ? "" : source.text());
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.YES));
        doc.add(new StoredField(KIND, source.kind()));
        doc.add(new StoredField(TITLE, title));
        doc.add(new StoredField(URL, source.url()));
        if (source.updatedAt() != null) {
            doc.add(new StoredField(UPDATED, source.updatedAt().toEpochMilli()));
        }
        for (String field : List.of(TITLE_EXACT, TITLE_FOLDED, TITLE_PAIRS)) {
            doc.add(new TextField(field, title, Field.Store.NO));
        }
        doc.add(new Field(TEXT_FOLDED, text, STORED_WITH_OFFSETS));
        for (String field : List.of(TEXT_EXACT, TEXT_PAIRS)) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        doc.add(new TextField(ALL_FOLDED, title, Field.Store.NO));
        doc.add(new TextField(ALL_FOLDED, text, Field.Store.NO));
        doc.add(new Field(ALL_PAIRS, title, WITHOUT_POSITIONS));
        doc.add(new Field(ALL_PAIRS, text, WITHOUT_POSITIONS));
        doc.add(new SortedSetDocValuesFacetField("kind", source.kind()));
        for (Map.Entry<String, List<String>> facet : source.facets().entrySet()) {
            if (!SearchQuery.FACETS.contains(facet.getKey()) || "kind".equals(facet.getKey())) {
                continue;
            }
            for (String value : facet.getValue()) {
                String nfc = VietnameseText.nfc(value);
                if (nfc != null && !nfc.isBlank()) {
                    doc.add(new SortedSetDocValuesFacetField(facet.getKey(), nfc));
                    doc.add(new StoredField(FACET_PREFIX + facet.getKey(), nfc));
                }
            }
        }
        return doc;
    }

    /** The stored facet values of a hit, by facet name. */
    static Map<String, List<String>> storedFacets(Document doc) {
        Map<String, List<String>> facets = new java.util.TreeMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith(FACET_PREFIX)) {
                facets.computeIfAbsent(field.name().substring(FACET_PREFIX.length()), k -> new java.util.ArrayList<>())
                        .add(field.stringValue());
            }
        }
        return facets;
    }

    private static FieldType storedWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType withoutPositions() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        SearchQuery.FACETS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }
}
