package vn.congso.portal.content;

/** The staff form for a version of an article. */
class ArticleForm {

    private String categoryCode;
    private String title;
    private String summary;
    private String body;

    static ArticleForm of(ArticleVersion version) {
        ArticleForm form = new ArticleForm();
        form.categoryCode = version.categoryCode();
        form.title = version.title();
        form.summary = version.summary();
        form.body = version.body();
        return form;
    }

    ArticleDraft toDraft() {
        return new ArticleDraft(categoryCode, title, summary, body);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
