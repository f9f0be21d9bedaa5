package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.CongsoProperties;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** The one search engine bean: replace this method to move the index to OpenSearch (see {@link SearchEngine}). */
    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(CongsoProperties congso, SearchProperties properties) {
        if (properties.inMemory()) {
            return new LuceneSearchEngine(new ByteBuffersDirectory(), properties.commitInterval());
        }
        Path path = congso.resolve("search-index");
        try {
            Files.createDirectories(path);
            return new LuceneSearchEngine(FSDirectory.open(path), properties.commitInterval());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index directory " + path, e);
        }
    }

    @Bean
    NavigationLink searchLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 90, "search.nav", "/tim-kiem", null);
    }

    @Bean
    NavigationLink searchAdminLink() {
        return new NavigationLink(NavigationLink.STAFF, 90, "search.admin.nav", "/quan-tri/tim-kiem", "SEARCH_ADMIN");
    }
}
