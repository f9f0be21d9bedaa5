package vn.congso.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One findable item of the portal search (NĐ42 Đ7 k1 a): a legal document or one of its articles,
 * a news item, a page, a procedure, a published answer.
 *
 * @param id        stable and unique across kinds, e.g. {@code legal:137-2024-nd-cp#dieu-4}
 * @param kind      {@code legal-document}, {@code legal-article}, {@code news}, {@code page},
 *                  {@code procedure}, {@code question}
 * @param title     shown as the hit's heading
 * @param text      the searchable body (plain text, NFC)
 * @param url       where the hit leads, relative to the portal ({@code /van-ban/137-2024-nd-cp#dieu-4})
 * @param facets    filter values by facet name: {@code type}, {@code issuer}, {@code year},
 *                  {@code status}, {@code category}
 * @param updatedAt last change, for ordering and for keeping the index in step
 */
public record SearchDocument(String id, String kind, String title, String text, String url,
                             Map<String, List<String>> facets, Instant updatedAt) {

    public SearchDocument {
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }
}
