package vn.congso.portal.content;

/** What an editor submits: the category and the text of a new version. */
record ArticleDraft(String categoryCode, String title, String summary, String body) {
}
