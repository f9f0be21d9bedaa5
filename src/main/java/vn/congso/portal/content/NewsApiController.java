package vn.congso.portal.content;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;

/** Published news and the categories as JSON, for other agencies' systems (NĐ42 Đ9 k2). */
@RestController
@PermitAll
class NewsApiController {

    private final ContentManagement content;
    private final InformationCatalogue catalogue;
    private final CongsoProperties properties;

    NewsApiController(ContentManagement content, InformationCatalogue catalogue, CongsoProperties properties) {
        this.content = content;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    record NewsSummary(String slug, String title, @Schema(nullable = true) String summary, String category, Instant publishedAt,
                       Instant updatedAt, String url) {
    }

    record NewsPage(List<NewsSummary> items, int page, int pages, long total) {
    }

    record AttachmentLink(String fileName, String contentType, long size, String sha256, String url) {
    }

    record NewsItem(String slug, String title, @Schema(nullable = true) String summary, String category, Instant publishedAt, Instant updatedAt,
                    String url, String pdfUrl, List<String> paragraphs, List<AttachmentLink> attachments) {
    }

    record CategoryItem(String code, String nameVi, String nameEn, String clause, String form,
                        String disclosurePeriodVi, String disclosurePeriodEn, long articles,
                        @Schema(nullable = true, description = "null while no article is published") Instant lastPublished,
                        String url, String feedUrl) {
    }

    @GetMapping("/api/v1/news")
    NewsPage news(@RequestParam(name = "category", required = false) String category,
                  @RequestParam(name = "page", defaultValue = "1") int page) {
        if (category != null && content.category(category).isEmpty()) {
            throw new CongsoException(ContentError.CATEGORY_NOT_FOUND);
        }
        long total = content.countPublished(category);
        int pages = (int) Math.max(1, (total + NewsController.PAGE_SIZE - 1) / NewsController.PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<NewsSummary> items = content.published(category, (current - 1) * NewsController.PAGE_SIZE, NewsController.PAGE_SIZE)
                .stream().map(this::summary).toList();
        return new NewsPage(items, current, pages, total);
    }

    @GetMapping("/api/v1/news/{slug}")
    NewsItem article(@PathVariable String slug) {
        PublishedArticle a = content.published(slug);
        String url = properties.publicUrl() + a.path();
        List<AttachmentLink> files = content.publicAttachments(a).stream()
                .map(f -> new AttachmentLink(f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(),
                        url + "/tep/" + f.sha256())).toList();
        return new NewsItem(a.slug(), a.title(), a.summary(), a.categoryCode(), a.firstPublishedAt(), a.updatedAt(), url,
                url + ".pdf", a.paragraphs(), files);
    }

    @GetMapping("/api/v1/categories")
    List<CategoryItem> categories() {
        return catalogue.rows().stream().map(r -> new CategoryItem(r.category().code(), r.category().nameVi(),
                r.category().nameEn(), r.category().clause(), r.category().form().name(),
                r.category().disclosurePeriodVi(), r.category().disclosurePeriodEn(), r.articles(), r.lastPublished(),
                r.url(), r.feedUrl())).toList();
    }

    NewsSummary summary(PublishedArticle a) {
        return new NewsSummary(a.slug(), a.title(), a.summary(), a.categoryCode(), a.firstPublishedAt(), a.updatedAt(),
                properties.publicUrl() + a.path());
    }
}
