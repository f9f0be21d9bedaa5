package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congso.audit.AuditLog;
import vn.congso.files.BlobStore;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** A visitor's search finds an article as soon as it is published and no longer once it is taken down. */
@CongsoIntegrationTest
class SearchIndexingOnPublishTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Autowired
    AuditLog audit;

    @Autowired
    BlobStore blobs;

    @Autowired
    ChannelManagement channels;

    /** Stands in for the search index, without adding a bean to the context the other tests share. */
    static class RecordingIndex implements SearchIndexing {
        final List<SearchDocument> indexed = new ArrayList<>();
        final List<String> removed = new ArrayList<>();

        @Override
        public void index(Collection<SearchDocument> documents) {
            indexed.addAll(documents);
        }

        @Override
        public void removeByIdPrefix(String idPrefix) {
            removed.add(idPrefix);
        }
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void publishingIndexesTheArticleAndTakingItDownRemovesIt() {
        RecordingIndex index = new RecordingIndex();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("index", index);
        ContentManagement content = new ContentManagement(articles, audit, blobs, beans.getBeanProvider(SearchIndexing.class), channels);
        String title = ArticleFixtures.uniqueTitle("Lịch tiêm chủng mở rộng tháng 12");
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "tai-chinh-thong-ke", title, "Tiêm tại trạm y tế xã.");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("truongphong", null, "CONTENT_PUBLISH"));

        content.publish(id);
        String slug = content.article(id).slug();
        assertThat(index.indexed).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("news:" + slug);
            assertThat(d.kind()).isEqualTo("news");
            assertThat(d.title()).isEqualTo(title);
            assertThat(d.url()).isEqualTo("/tin-tuc/" + slug);
        });

        content.unpublish(id);
        assertThat(index.removed).containsExactly("news:" + slug);
    }
}
