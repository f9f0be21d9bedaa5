package vn.congso.portal.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.congso.shared.VietnameseText;

/** What a version must contain, and how an article's address is made from its title. */
final class ArticleRules {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_SLUG = 80;

    private ArticleRules() {
    }

    static ArticleDraft normalise(ArticleDraft draft) {
        return new ArticleDraft(clean(draft.categoryCode()), clean(draft.title()), clean(draft.summary()),
                draft.body() == null ? null : VietnameseText.nfc(draft.body().replace("\r\n", "\n")).strip());
    }

    /** Field name → message key of the problem; empty when the draft can be saved. */
    static Map<String, String> check(ArticleDraft draft, Set<String> categoryCodes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.categoryCode() == null || !categoryCodes.contains(draft.categoryCode())) {
            problems.put("categoryCode", "content.form.category-required");
        }
        if (draft.title() == null) {
            problems.put("title", "content.form.title-required");
        } else if (draft.title().length() > MAX_TITLE) {
            problems.put("title", "content.form.title-too-long");
        }
        if (draft.summary() != null && draft.summary().length() > MAX_SUMMARY) {
            problems.put("summary", "content.form.summary-too-long");
        }
        if (draft.body() == null || draft.body().isBlank()) {
            problems.put("body", "content.form.body-required");
        }
        return problems;
    }

    /** "Hội nghị tổng kết năm 2025" → "hoi-nghi-tong-ket-nam-2025": readable, stable, ASCII. */
    static String slug(String title) {
        String ascii = VietnameseText.withoutDiacritics(VietnameseText.nfc(title)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "tin" : ascii;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = VietnameseText.nfc(value).strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }
}
