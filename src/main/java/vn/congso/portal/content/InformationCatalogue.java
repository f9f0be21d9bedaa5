package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.shared.CongsoProperties;

/**
 * NĐ42 Đ4 k1 h: the catalogue of information to be published, with for each kind its address, form,
 * time and period of publication. It is computed from the categories and the published articles, so
 * it is never out of step with what the portal really shows.
 */
@Component
class InformationCatalogue {

    private final ArticleRepository articles;
    private final CongsoProperties properties;

    InformationCatalogue(ArticleRepository articles, CongsoProperties properties) {
        this.articles = articles;
        this.properties = properties;
    }

    /**
     * @param url           where the information is published (địa chỉ)
     * @param lastPublished the latest publication or update in the category (thời điểm), null when none yet
     */
    record Row(Category category, String url, String feedUrl, long articles, Instant lastPublished) {

        public ZonedDateTime lastPublishedLocal() {
            return ContentTime.local(lastPublished);
        }
    }

    @Transactional(readOnly = true)
    List<Row> rows() {
        Map<String, ArticleRepository.CategoryActivity> activity = articles.activity().stream()
                .collect(Collectors.toMap(ArticleRepository.CategoryActivity::categoryCode, Function.identity()));
        return articles.categories().stream().map(c -> {
            ArticleRepository.CategoryActivity a = activity.get(c.code());
            return new Row(c, properties.publicUrl() + "/tin-tuc?chuyen-muc=" + c.code(),
                    properties.publicUrl() + "/tin-tuc/" + c.code() + "/atom.xml",
                    a == null ? 0 : a.articles(), a == null ? null : a.lastPublished());
        }).toList();
    }

    /** When the catalogue last changed: the latest publication in any category. */
    @Transactional(readOnly = true)
    Instant modified() {
        return articles.activity().stream().map(ArticleRepository.CategoryActivity::lastPublished)
                .max(Instant::compareTo).orElse(null);
    }
}
