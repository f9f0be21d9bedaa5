package vn.congso.portal;

import java.util.stream.Stream;

/**
 * A module that owns findable content declares a bean of this type, so the index can be rebuilt
 * from the database at any time.
 */
public interface SearchSource {

    /** Every document this source would index now, read from the database. */
    Stream<SearchDocument> all();
}
