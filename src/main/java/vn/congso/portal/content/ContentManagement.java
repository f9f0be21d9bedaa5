package vn.congso.portal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congso.audit.AuditLog;
import vn.congso.files.BlobStore;
import vn.congso.files.StoredBlob;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.shared.CongsoException;

/**
 * News articles (tin bài) and their editorial flow (NĐ42 Đ17): editors save versions, an approver
 * publishes one. Rule for self-publishing: nobody approves a version they wrote themselves (four
 * eyes); an approver's own text is published by another approver. Every change is audited.
 */
@Service
public class ContentManagement {

    static final String AUDIT_TYPE = "portal-article";
    static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    /** The subscription category every news article goes out under (NĐ42 Đ5 k2). */
    static final String CHANNEL_CATEGORY = "tin-tuc";

    private final ArticleRepository articles;
    private final AuditLog audit;
    private final BlobStore blobs;
    private final ObjectProvider<SearchIndexing> search;
    private final ChannelManagement channels;

    ContentManagement(ArticleRepository articles, AuditLog audit, BlobStore blobs, ObjectProvider<SearchIndexing> search,
                      ChannelManagement channels) {
        this.articles = articles;
        this.audit = audit;
        this.blobs = blobs;
        this.search = search;
        this.channels = channels;
    }

    @Transactional(readOnly = true)
    List<Category> categories() {
        return articles.categories();
    }

    /** Field → message key for what is wrong with the draft; empty when it can be saved. */
    @Transactional(readOnly = true)
    Map<String, String> problems(ArticleDraft draft) {
        Set<String> codes = articles.categories().stream().map(Category::code).collect(Collectors.toSet());
        return ArticleRules.check(ArticleRules.normalise(draft), codes);
    }

    @Transactional
    Article createDraft(ArticleDraft submitted) {
        ArticleDraft draft = validated(submitted);
        String base = ArticleRules.slug(draft.title());
        String slug = base;
        for (int n = 2; articles.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        String actor = actor();
        var now = ContentTime.now();
        long id = articles.insertArticle(slug, now, actor);
        articles.insertVersion(new ArticleVersion(id, 1, draft.categoryCode(), draft.title(), draft.summary(), draft.body(), now, actor));
        audit.record("content.article.draft", AUDIT_TYPE, slug, "v1 " + draft.title());
        return articles.article(id).orElseThrow();
    }

    /** Saves a new version; a published article keeps showing its approved version until the next approval. */
    @Transactional
    Article edit(long id, ArticleDraft submitted) {
        ArticleDraft draft = validated(submitted);
        Article article = articles.lock(id).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
        int version = article.currentVersion() + 1;
        articles.insertVersion(new ArticleVersion(id, version, draft.categoryCode(), draft.title(), draft.summary(),
                draft.body(), ContentTime.now(), actor()));
        audit.record("content.article.edit", AUDIT_TYPE, article.slug(), "v" + version + " " + draft.title());
        return articles.article(id).orElseThrow();
    }

    /** NĐ42 Đ17: an approver other than the version's author makes it public; NĐ42 Đ4 k3: update time recorded. */
    @Transactional
    Article publish(long id) {
        Article article = articles.lock(id).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
        if (!article.hasUnpublishedChanges()) {
            throw new CongsoException(ContentError.NOTHING_TO_PUBLISH);
        }
        ArticleVersion version = articles.version(id, article.currentVersion()).orElseThrow();
        String actor = actor();
        if (actor.equals(version.editedBy())) {
            throw new CongsoException(ContentError.SELF_PUBLISH_FORBIDDEN);
        }
        articles.markPublished(id, version.version(), ContentTime.now(), actor);
        audit.record("content.article.publish", AUDIT_TYPE, article.slug(), "v" + version.version() + " " + version.title());
        if (article.firstPublishedAt() == null) {
            // NĐ42 Đ5 k2 b, c: a new article reaches subscribers and the social-network relays, in this
            // transaction; a later approved correction is not sent again
            channels.announce(new Announcement(CHANNEL_CATEGORY, version.title(), "/tin-tuc/" + article.slug(),
                    version.summary()));
        }
        afterCommit(() -> articles.publishedBySlug(article.slug())
                .ifPresent(p -> search.orderedStream().forEach(s -> s.index(List.of(NewsSearchSource.document(p))))));
        return articles.article(id).orElseThrow();
    }

    @Transactional
    Article unpublish(long id) {
        Article article = articles.lock(id).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw new CongsoException(ContentError.NOTHING_TO_PUBLISH);
        }
        articles.markUnpublished(id);
        audit.record("content.article.unpublish", AUDIT_TYPE, article.slug(), "v" + article.publishedVersion());
        afterCommit(() -> search.orderedStream().forEach(s -> {
            // removal is by prefix: put back the published articles whose address merely starts with this one
            s.removeByIdPrefix(NewsSearchSource.id(article.slug()));
            s.index(articles.allPublished().stream().filter(p -> p.slug().startsWith(article.slug() + "-"))
                    .map(NewsSearchSource::document).toList());
        }));
        return articles.article(id).orElseThrow();
    }

    /**
     * Stores the file in the blob store (content-addressed, verified when read) and lists it under the
     * article. The file is a change like any other (NĐ42 Đ17): it makes a new version, and the public
     * sees it only once an approver publishes that version.
     */
    @Transactional
    Attachment attach(long id, InputStream content, String fileName, String contentType) {
        Article article = articles.lock(id).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        StoredBlob blob = blobs.store(content, type, fileName, MAX_ATTACHMENT_BYTES);
        String name = ArticleRules.clean(fileName) == null ? blob.sha256() : ArticleRules.clean(fileName);
        String actor = actor();
        var now = ContentTime.now();
        ArticleVersion current = articles.version(id, article.currentVersion()).orElseThrow();
        int version = article.currentVersion() + 1;
        articles.insertVersion(new ArticleVersion(id, version, current.categoryCode(), current.title(), current.summary(),
                current.body(), now, actor));
        articles.insertAttachment(id, blob.sha256(), name, type, blob.size(), now, actor);
        // the short hash prefix names the blob; the full 64-digit hash would stretch the audit log table
        audit.record("content.article.attach", AUDIT_TYPE, article.slug(),
                "v" + version + " " + name + " sha256 " + blob.sha256().substring(0, 12));
        return articles.attachments(id).stream().filter(a -> a.sha256().equals(blob.sha256())).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    Article article(long id) {
        return articles.article(id).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    List<Article> allArticles() {
        return articles.allArticles();
    }

    @Transactional(readOnly = true)
    List<ArticleVersion> versions(long id) {
        return articles.versions(id);
    }

    @Transactional(readOnly = true)
    List<Attachment> attachments(long id) {
        return articles.attachments(id);
    }

    @Transactional(readOnly = true)
    PublishedArticle published(String slug) {
        return articles.publishedBySlug(slug).orElseThrow(() -> new CongsoException(ContentError.ARTICLE_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    List<PublishedArticle> published(String categoryCode, int offset, int limit) {
        return articles.published(categoryCode, offset, limit);
    }

    @Transactional(readOnly = true)
    long countPublished(String categoryCode) {
        return articles.countPublished(categoryCode);
    }

    @Transactional(readOnly = true)
    Optional<Category> category(String code) {
        return articles.category(code);
    }

    /** The newest published articles, for the home page. */
    @Transactional(readOnly = true)
    public List<Headline> latest(int count) {
        return articles.published(null, 0, count).stream()
                .map(a -> new Headline(a.title(), a.path(), ContentTime.local(a.firstPublishedAt()))).toList();
    }

    /** A published article's title, address and publication time, for lists outside this package. */
    public record Headline(String title, String path, java.time.ZonedDateTime publishedAt) {
    }

    /** The files the public sees: those attached no later than the approval of the published version. */
    @Transactional(readOnly = true)
    List<Attachment> publicAttachments(PublishedArticle article) {
        return articles.attachments(article.id()).stream()
                .filter(f -> !f.addedAt().isAfter(article.updatedAt())).toList();
    }

    /** Opens an attachment of a published article; drafts' files and files awaiting approval stay private. */
    @Transactional(readOnly = true)
    Optional<Attachment> publicAttachment(String slug, String sha256) {
        return articles.publishedBySlug(slug).flatMap(a -> publicAttachments(a).stream()
                .filter(f -> f.sha256().equals(sha256)).findFirst());
    }

    InputStream open(Attachment attachment) {
        return blobs.open(attachment.sha256());
    }

    private ArticleDraft validated(ArticleDraft submitted) {
        ArticleDraft draft = ArticleRules.normalise(submitted);
        Map<String, String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new CongsoException(ContentError.INVALID_ARTICLE, String.join(", ", problems.keySet()));
        }
        return draft;
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return AuditLog.SYSTEM;
        }
        return auth instanceof AnonymousAuthenticationToken ? AuditLog.ANONYMOUS : auth.getName();
    }

    /** The search index must never show what the database rolled back. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; closing a read stream cannot lose data
        }
    }
}
