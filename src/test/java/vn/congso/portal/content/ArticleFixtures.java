package vn.congso.portal.content;

import java.net.http.HttpResponse;
import vn.congso.testing.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Articles written and approved through the staff pages, as people would. */
final class ArticleFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ArticleFixtures() {
    }

    /** A title no other test uses, so the tests sharing one database do not see each other's articles. */
    static String uniqueTitle(String base) {
        return base + " số " + SEQUENCE.incrementAndGet();
    }

    static Map<String, String> form(String category, String title, String summary, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("categoryCode", category);
        form.put("title", title);
        form.put("summary", summary);
        form.put("body", body);
        return form;
    }

    /** Drafts as {@code editor}, returns the article id. */
    static long draft(WebSession editor, String category, String title, String body) {
        editor.get("/quan-tri/tin-bai/moi");
        HttpResponse<String> saved = editor.post("/quan-tri/tin-bai/moi", form(category, title, null, body));
        if (saved.statusCode() != 302) {
            throw new IllegalStateException("draft not saved: " + saved.statusCode());
        }
        String location = WebSession.location(saved);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static void publish(WebSession approver, long id) {
        approver.get("/quan-tri/tin-bai/" + id);
        HttpResponse<String> published = approver.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of());
        if (published.statusCode() != 302) {
            throw new IllegalStateException("not published: " + published.statusCode());
        }
    }
}
