package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.portal.search.SearchFixtures.news;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchIndexing;
import vn.congso.portal.SearchQuery;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SearchAdminControllerTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    PortalSearch search;

    @Autowired
    vn.congso.audit.AuditLog audit;

    @Test
    void adminRebuildsTheIndexFromTheDatabaseSources() throws Exception {
        indexing.index(List.of(news("search-admin-test:mo-coi", "Tin không còn trong cơ sở dữ liệu",
                "Bản tin mồ côi chỉ còn trong chỉ mục.")));
        assertThat(search.search(SearchQuery.of("ban tin mo coi")).total()).isEqualTo(1);

        Browser admin = Browser.loggedIn(http.getRootUri(), "admin");
        HttpResponse<String> status = admin.get("/quan-tri/tim-kiem");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("<h1>Chỉ mục tìm kiếm</h1>").contains(">Tạo lại chỉ mục</button>");

        HttpResponse<String> rebuilt = admin.post("/quan-tri/tim-kiem/tao-lai-chi-muc", csrf(status.body()));
        assertThat(rebuilt.statusCode()).isEqualTo(302);
        assertThat(rebuilt.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/quan-tri/tim-kiem"));
        assertThat(admin.get("/quan-tri/tim-kiem").body()).contains("Đã tạo lại chỉ mục với");

        assertThat(search.search(SearchQuery.of("ban tin mo coi")).total()).isZero();
        assertThat(audit.history("search-index", "lucene", 1)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("portal.search-index-rebuilt");
        });
    }

    @Test
    void staffWithoutTheSearchPermissionCannotRebuild() throws Exception {
        Browser officer = Browser.loggedIn(http.getRootUri(), "canbo");
        assertThat(officer.get("/quan-tri/tim-kiem").statusCode()).isEqualTo(403);
        String token = csrf(officer.get("/").body());
        assertThat(officer.post("/quan-tri/tim-kiem/tao-lai-chi-muc", token).statusCode()).isEqualTo(403);
    }

    @Test
    void aVisitorIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = new Browser(http.getRootUri()).post("/quan-tri/tim-kiem/tao-lai-chi-muc", "x");
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(new Browser(http.getRootUri()).get("/quan-tri/tim-kiem").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap"));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** A browser that keeps cookies and does not follow redirects, so each step can be checked. */
    private record Browser(String root, HttpClient client) {

        Browser(String root) {
            this(root, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
        }

        static Browser loggedIn(String root, String user) throws Exception {
            Browser browser = new Browser(root);
            String token = csrf(browser.get("/dang-nhap").body());
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(root + "/dang-nhap"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                            + URLEncoder.encode(CongsoIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("loi"));
            return browser;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(String path, String csrfToken) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(root + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
