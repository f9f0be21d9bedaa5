package vn.congso.portal;

import java.util.Collection;

/**
 * Keeps the search index in step with the database: owners of findable content call it after their
 * transaction commits. The embedded Lucene index is one implementation; OpenSearch can be another.
 */
public interface SearchIndexing {

    /** Adds or replaces documents by id. */
    void index(Collection<SearchDocument> documents);

    /** Removes every document whose id starts with the prefix (e.g. all articles of one legal document). */
    void removeByIdPrefix(String idPrefix);
}
