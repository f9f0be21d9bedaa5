package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * An article's editorial state. What it says lives in its versions.
 *
 * @param publishedVersion   the version the public sees, or null
 * @param firstPublishedAt   first publication (shown as "đăng lúc")
 * @param publishedAt        the latest approval, i.e. when the public text was last updated (NĐ42 Đ4 k3)
 */
record Article(long id, String slug, ArticleStatus status, int currentVersion, Integer publishedVersion,
               Instant createdAt, String createdBy, Instant firstPublishedAt, Instant publishedAt, String publishedBy) {

    public boolean hasUnpublishedChanges() {
        return publishedVersion == null || publishedVersion != currentVersion || status != ArticleStatus.PUBLISHED;
    }

    public ZonedDateTime publishedLocal() {
        return ContentTime.local(publishedAt);
    }
}
