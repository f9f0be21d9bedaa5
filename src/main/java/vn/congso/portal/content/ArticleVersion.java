package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/** One saved state of an article: every edit adds one, none is overwritten (NĐ42 Đ17). */
record ArticleVersion(long articleId, int version, String categoryCode, String title, String summary, String body,
                      Instant editedAt, String editedBy) {

    /** The body is plain text; a blank line separates paragraphs, so nothing a writer types can run as markup. */
    public List<String> paragraphs() {
        return paragraphs(body);
    }

    public ZonedDateTime editedLocal() {
        return ContentTime.local(editedAt);
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }
}
