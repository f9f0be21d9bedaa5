package vn.congso.portal.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles, their versions, attachments and categories, with explicit SQL. */
@Repository
class ArticleRepository {

    private static final String PUBLISHED = """
            select a.id, a.slug, v.category_code, v.title, v.summary, v.body, a.first_published_at, a.published_at
            from portal_content_article a
            join portal_content_article_version v on v.article_id = a.id and v.version = a.published_version
            where a.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> categories() {
        return jdbc.sql("select * from portal_content_category order by position").query(ArticleRepository::category).list();
    }

    Optional<Category> category(String code) {
        return jdbc.sql("select * from portal_content_category where code = :code").param("code", code)
                .query(ArticleRepository::category).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from portal_content_article where slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    long insertArticle(String slug, Instant now, String actor) {
        return jdbc.sql("""
                insert into portal_content_article (slug, status, current_version, created_at, created_by)
                values (:slug, 'DRAFT', 1, :now, :actor) returning id
                """).param("slug", slug).param("now", Timestamp.from(now)).param("actor", actor)
                .query(Long.class).single();
    }

    void insertVersion(ArticleVersion v) {
        jdbc.sql("""
                insert into portal_content_article_version (article_id, version, category_code, title, summary, body, edited_at, edited_by)
                values (:id, :version, :category, :title, :summary, :body, :at, :by)
                """).param("id", v.articleId()).param("version", v.version()).param("category", v.categoryCode())
                .param("title", v.title()).param("summary", v.summary()).param("body", v.body())
                .param("at", Timestamp.from(v.editedAt())).param("by", v.editedBy()).update();
        jdbc.sql("update portal_content_article set current_version = :version where id = :id")
                .param("version", v.version()).param("id", v.articleId()).update();
    }

    /** Locks the row so two approvers or an editor and an approver are serialised. */
    Optional<Article> lock(long id) {
        return jdbc.sql("select * from portal_content_article where id = :id for update").param("id", id)
                .query(ArticleRepository::article).optional();
    }

    Optional<Article> article(long id) {
        return jdbc.sql("select * from portal_content_article where id = :id").param("id", id)
                .query(ArticleRepository::article).optional();
    }

    List<Article> allArticles() {
        return jdbc.sql("select * from portal_content_article order by created_at desc, id desc")
                .query(ArticleRepository::article).list();
    }

    void markPublished(long id, int version, Instant now, String actor) {
        jdbc.sql("""
                update portal_content_article set status = 'PUBLISHED', published_version = :version, published_at = :now,
                  published_by = :actor, first_published_at = coalesce(first_published_at, :now) where id = :id
                """).param("version", version).param("now", Timestamp.from(now)).param("actor", actor).param("id", id)
                .update();
    }

    void markUnpublished(long id) {
        jdbc.sql("update portal_content_article set status = 'UNPUBLISHED' where id = :id").param("id", id).update();
    }

    List<ArticleVersion> versions(long id) {
        return jdbc.sql("select * from portal_content_article_version where article_id = :id order by version desc")
                .param("id", id).query(ArticleRepository::version).list();
    }

    Optional<ArticleVersion> version(long id, int version) {
        return jdbc.sql("select * from portal_content_article_version where article_id = :id and version = :version")
                .param("id", id).param("version", version).query(ArticleRepository::version).optional();
    }

    Optional<PublishedArticle> publishedBySlug(String slug) {
        return jdbc.sql(PUBLISHED + " and a.slug = :slug").param("slug", slug)
                .query(ArticleRepository::published).optional();
    }

    /** Newest first; {@code categoryCode} null for every category. */
    List<PublishedArticle> published(String categoryCode, int offset, int limit) {
        return jdbc.sql(PUBLISHED + " and (cast(:category as text) is null or v.category_code = :category)"
                        + " order by a.first_published_at desc, a.id desc offset :offset limit :limit")
                .param("category", categoryCode).param("offset", offset).param("limit", limit)
                .query(ArticleRepository::published).list();
    }

    long countPublished(String categoryCode) {
        return jdbc.sql(PUBLISHED.replace("select a.id, a.slug, v.category_code, v.title, v.summary, v.body, a.first_published_at, a.published_at",
                        "select count(*)") + " and (cast(:category as text) is null or v.category_code = :category)")
                .param("category", categoryCode).query(Long.class).single();
    }

    List<PublishedArticle> allPublished() {
        return jdbc.sql(PUBLISHED + " order by a.first_published_at desc, a.id desc").query(ArticleRepository::published).list();
    }

    /** Per category: how many articles are public and when the latest was published or updated. */
    List<CategoryActivity> activity() {
        return jdbc.sql("""
                select v.category_code, count(*) as articles, max(a.published_at) as last_published
                from portal_content_article a
                join portal_content_article_version v on v.article_id = a.id and v.version = a.published_version
                where a.status = 'PUBLISHED' group by v.category_code
                """).query((rs, n) -> new CategoryActivity(rs.getString("category_code"), rs.getLong("articles"),
                instant(rs, "last_published"))).list();
    }

    record CategoryActivity(String categoryCode, long articles, Instant lastPublished) {
    }

    void insertAttachment(long articleId, String sha256, String fileName, String contentType, long size, Instant now,
                          String actor) {
        jdbc.sql("""
                insert into portal_content_attachment (article_id, sha256, file_name, content_type, size_bytes, added_at, added_by)
                values (:article, :sha, :name, :type, :size, :now, :actor)
                on conflict (article_id, sha256) do update set file_name = excluded.file_name
                """).param("article", articleId).param("sha", sha256).param("name", fileName).param("type", contentType)
                .param("size", size).param("now", Timestamp.from(now)).param("actor", actor).update();
    }

    List<Attachment> attachments(long articleId) {
        return jdbc.sql("select * from portal_content_attachment where article_id = :id order by id").param("id", articleId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("sha256"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        instant(rs, "added_at"), rs.getString("added_by"))).list();
    }

    private static Category category(ResultSet rs, int n) throws SQLException {
        return new Category(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("clause"),
                Category.Form.valueOf(rs.getString("form")), rs.getString("disclosure_period_vi"),
                rs.getString("disclosure_period_en"), rs.getInt("position"));
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        int value = rs.getInt("published_version");
        Integer published = rs.wasNull() ? null : value;
        return new Article(rs.getLong("id"), rs.getString("slug"), ArticleStatus.valueOf(rs.getString("status")),
                rs.getInt("current_version"), published, instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "first_published_at"), instant(rs, "published_at"),
                rs.getString("published_by"));
    }

    private static ArticleVersion version(ResultSet rs, int n) throws SQLException {
        return new ArticleVersion(rs.getLong("article_id"), rs.getInt("version"), rs.getString("category_code"),
                rs.getString("title"), rs.getString("summary"), rs.getString("body"), instant(rs, "edited_at"),
                rs.getString("edited_by"));
    }

    private static PublishedArticle published(ResultSet rs, int n) throws SQLException {
        return new PublishedArticle(rs.getLong("id"), rs.getString("slug"), rs.getString("category_code"),
                rs.getString("title"), rs.getString("summary"), rs.getString("body"), instant(rs, "first_published_at"),
                instant(rs, "published_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
