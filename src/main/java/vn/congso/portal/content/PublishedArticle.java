package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** An article as the public sees it: its published version, with publication and update times (NĐ42 Đ4 k3). */
record PublishedArticle(long id, String slug, String categoryCode, String title, String summary, String body,
                        Instant firstPublishedAt, Instant updatedAt) {

    public List<String> paragraphs() {
        return ArticleVersion.paragraphs(body);
    }

    public ZonedDateTime firstPublishedLocal() {
        return ContentTime.local(firstPublishedAt);
    }

    public ZonedDateTime updatedLocal() {
        return ContentTime.local(updatedAt);
    }

    /** Shown only when the text changed after it first appeared. */
    public boolean updatedSinceFirstPublished() {
        return updatedAt != null && firstPublishedAt != null && updatedAt.isAfter(firstPublishedAt);
    }

    public String path() {
        return "/tin-tuc/" + slug;
    }
}
