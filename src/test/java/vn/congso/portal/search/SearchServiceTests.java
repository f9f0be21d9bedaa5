package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congso.portal.search.SearchFixtures.legal;
import static vn.congso.portal.search.SearchFixtures.news;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults.Hit;
import vn.congso.portal.SearchSource;
import vn.congso.shared.CongsoException;

class SearchServiceTests {

    /** What the legal-document register will be: a bean that streams its documents from the database. */
    static final List<SearchDocument> REGISTER = new CopyOnWriteArrayList<>(List.of(
            legal("legal:nd-137", "Nghị định 137/2024/NĐ-CP", "Quy định về giao dịch điện tử của cơ quan nhà nước.",
                    "Nghị định", "2024", "Còn hiệu lực")));

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(SearchProperties.class, false, Duration.ofSeconds(1), true)
            .withBean(SearchEngine.class, () -> new LuceneSearchEngine(new ByteBuffersDirectory(), Duration.ofSeconds(1)))
            .withBean("legalRegister", SearchSource.class, () -> REGISTER::stream)
            .withBean("news", SearchSource.class, () -> () -> java.util.stream.Stream.of(
                    news("news:1", "Đẩy mạnh chuyển đổi số", "Xã Thanh Định triển khai dịch vụ công trực tuyến.")))
            .withBean(SearchService.class);

    @Test
    void fillsAnEmptyIndexFromEverySourceAtStart() {
        context.run(app -> {
            app.getBean(SearchService.class).run(null);
            PortalSearch search = app.getBean(PortalSearch.class);
            assertThat(ids(search, "giao dich dien tu")).containsExactly("legal:nd-137");
            assertThat(ids(search, "chuyen doi so")).containsExactly("news:1");
        });
    }

    @Test
    void rebuildDropsWhatTheSourcesNoLongerHave() {
        context.run(app -> {
            SearchIndexing indexing = app.getBean(SearchIndexing.class);
            indexing.index(List.of(news("news:xoa", "Tin đã gỡ", "Tin này đã bị gỡ khỏi cổng thông tin.")));
            PortalSearch search = app.getBean(PortalSearch.class);
            assertThat(ids(search, "tin da go")).containsExactly("news:xoa");

            assertThat(search.rebuild()).isEqualTo(2);

            assertThat(ids(search, "tin da go")).isEmpty();
            assertThat(ids(search, "nghị định 137")).containsExactly("legal:nd-137");
        });
    }

    @Test
    void refusesAPastedTextLongerThanTwoHundredCharacters() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(PortalSearch.class).search(SearchQuery.of("dịch vụ ".repeat(30))))
                .isInstanceOf(CongsoException.class)
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(SearchError.QUERY_TOO_LONG));
    }

    private static List<String> ids(PortalSearch search, String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(Hit::id).toList();
    }
}
