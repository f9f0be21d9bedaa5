package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.portal.DublinCore;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;

/** Public news pages: the list (by category, paginated), each article, its files. */
@Controller
@PermitAll
class NewsController {

    static final int PAGE_SIZE = 10;

    private final ContentManagement content;
    private final CongsoProperties properties;

    NewsController(ContentManagement content, CongsoProperties properties) {
        this.content = content;
        this.properties = properties;
    }

    @GetMapping("/tin-tuc")
    String list(@RequestParam(name = "chuyen-muc", required = false) String categoryCode,
                @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        Category category = categoryCode == null || categoryCode.isBlank() ? null : content.category(categoryCode)
                .orElseThrow(() -> new CongsoException(ContentError.CATEGORY_NOT_FOUND));
        String code = category == null ? null : category.code();
        long total = content.countPublished(code);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("category", category);
        model.addAttribute("categories", content.categories());
        model.addAttribute("articles", content.published(code, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("categoryNames", names(content.categories()));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "content/news-list";
    }

    @GetMapping("/tin-tuc/{slug}")
    String article(@PathVariable String slug, Model model) {
        PublishedArticle article = content.published(slug);
        Category category = content.category(article.categoryCode()).orElseThrow();
        model.addAttribute("article", article);
        model.addAttribute("category", category);
        model.addAttribute("attachments", content.publicAttachments(article));
        // NĐ42 Đ6 k6: metadata describing the page
        model.addAttribute("dublinCore", new DublinCore(article.title(), "Text",
                properties.publicUrl() + article.path(), article.firstPublishedAt(), article.updatedAt()));
        return "content/news-article";
    }

    @GetMapping("/tin-tuc/{slug}/tep/{sha256}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable String slug, @PathVariable String sha256) {
        Attachment file = content.publicAttachment(slug, sha256)
                .orElseThrow(() -> new CongsoException(ContentError.ATTACHMENT_NOT_FOUND));
        InputStream in = content.open(file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    static Map<String, Category> names(List<Category> categories) {
        return categories.stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    static boolean english(Locale locale) {
        return Category.isEnglish(locale);
    }
}
