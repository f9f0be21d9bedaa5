package vn.congso.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A page the portal must also give in English (NĐ42 Đ7 k2 a: organisation, functions, tasks, powers,
 * units, official contacts), kept as one pair so the two languages are edited and dated together
 * (Đ7 k2 c: updated promptly on change).
 */
record BilingualPage(String code, int position, String titleVi, String bodyVi, Instant updatedViAt, String updatedViBy,
                     String titleEn, String bodyEn, Instant updatedEnAt, String updatedEnBy) {

    /** Which side lags behind: {@code en} when the Vietnamese text changed after the English one, and vice versa. */
    public String staleSide() {
        if (updatedViAt.isAfter(updatedEnAt)) {
            return "en";
        }
        return updatedEnAt.isAfter(updatedViAt) ? "vi" : null;
    }

    public List<String> paragraphsVi() {
        return ArticleVersion.paragraphs(bodyVi);
    }

    public List<String> paragraphsEn() {
        return ArticleVersion.paragraphs(bodyEn);
    }

    public ZonedDateTime updatedViLocal() {
        return ContentTime.local(updatedViAt);
    }

    public ZonedDateTime updatedEnLocal() {
        return ContentTime.local(updatedEnAt);
    }
}
