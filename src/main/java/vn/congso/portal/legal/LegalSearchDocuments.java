package vn.congso.portal.legal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.legal.domain.StructureNode;

/**
 * What the portal search finds of a legal document (NĐ42 Đ7 k1 a): the document itself and each of
 * its articles, so a hit can land on "Điều 4".
 */
public final class LegalSearchDocuments {

    public static final String DOCUMENT_KIND = "legal-document";
    public static final String ARTICLE_KIND = "legal-article";

    private LegalSearchDocuments() {
    }

    /** Every search id of this document starts with this: {@code legal:137-2024-nd-cp}. */
    public static String idPrefix(LegalDocumentRecord document) {
        return "legal:" + document.slug();
    }

    public static List<SearchDocument> of(LegalDocumentRecord d) {
        Map<String, List<String>> facets = new HashMap<>();
        facets.put("type", List.of(d.type().heading()));
        if (d.issuer() != null) {
            facets.put("issuer", List.of(d.issuer()));
        }
        if (d.effectiveYear() != null) {
            facets.put("year", List.of(String.valueOf(d.effectiveYear())));
        }
        facets.put("status", List.of(d.status().name()));
        String url = "/van-ban/" + d.slug();
        List<SearchDocument> documents = new ArrayList<>();
        StringBuilder whole = new StringBuilder(d.summary()).append('\n');
        d.preamble().forEach(p -> whole.append(p).append('\n'));
        d.structure().forEach(n -> whole.append(n.plainText()).append('\n'));
        String title = d.designation() + " – " + d.summary();
        documents.add(new SearchDocument(idPrefix(d), DOCUMENT_KIND, title, whole.toString().strip(), url, facets,
                d.updatedAt()));
        d.structure().stream().flatMap(StructureNode::flatten).filter(n -> n.kind() == StructureNode.Kind.ARTICLE)
                .forEach(a -> documents.add(new SearchDocument(idPrefix(d) + "#" + a.anchor(), ARTICLE_KIND,
                        a.heading() == null ? a.citation() : a.citation() + ". " + a.heading(), a.plainText(),
                        url + "#" + a.anchor(), facets, d.updatedAt())));
        return documents;
    }
}
