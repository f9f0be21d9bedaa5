package vn.congso.portal.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchSource;

/** Published articles as search hits (NĐ42 Đ7 k1 a), kind {@code news}, facet {@code category}. */
@Component
class NewsSearchSource implements SearchSource {

    private final ArticleRepository articles;

    NewsSearchSource(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<SearchDocument> all() {
        return articles.allPublished().stream().map(NewsSearchSource::document);
    }

    static String id(String slug) {
        return "news:" + slug;
    }

    static SearchDocument document(PublishedArticle article) {
        String text = article.summary() == null ? article.body() : article.summary() + "\n\n" + article.body();
        return new SearchDocument(id(article.slug()), "news", article.title(), text, article.path(),
                Map.of("category", List.of(article.categoryCode())), article.updatedAt());
    }
}
