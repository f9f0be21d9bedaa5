package vn.congso.portal.search;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.portal.SearchSource;
import vn.congso.shared.CongsoException;

/**
 * The portal search as other modules and the web layer see it. At start it refills the index from
 * the database when asked to ({@code congso.search.rebuild=true}) or when the index is empty (a new
 * installation, or a lost index directory) or of an older layout (an upgrade).
 */
@Service
class SearchService implements PortalSearch, ApplicationRunner {

    /** Longer input is not a search but a paste; refusing it keeps query cost bounded. */
    static final int MAX_QUERY_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchEngine engine;
    private final ObjectProvider<SearchSource> sources;
    private final SearchProperties properties;

    SearchService(SearchEngine engine, ObjectProvider<SearchSource> sources, SearchProperties properties) {
        this.engine = engine;
        this.sources = sources;
        this.properties = properties;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        if (query.text().length() > MAX_QUERY_LENGTH) {
            throw new CongsoException(SearchError.QUERY_TOO_LONG, MAX_QUERY_LENGTH);
        }
        return engine.search(query);
    }

    @Override
    public long rebuild() {
        List<SearchSource> all = sources.orderedStream().toList();
        long started = System.nanoTime();
        long count = engine.replaceAll(all.stream().flatMap(SearchSource::all));
        log.info("Search index rebuilt from {} sources: {} documents in {} ms", all.size(), count,
                (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    long size() {
        return engine.size();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.rebuild() || engine.needsRebuild()) {
            rebuild();
        }
    }
}
