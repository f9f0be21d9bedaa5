package vn.congso.portal.content;

/** Where an article is in the editorial flow (NĐ42 Đ17). */
enum ArticleStatus {
    /** Being written; only staff see it. */
    DRAFT,
    /** Approved; the public sees its published version. */
    PUBLISHED,
    /** Taken down by an approver; kept with its versions. */
    UNPUBLISHED
}
