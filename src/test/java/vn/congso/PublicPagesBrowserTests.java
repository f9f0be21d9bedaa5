package vn.congso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/**
 * Issue 3 item 10 (NĐ42 Ch. II, portal for everyone): every public page passes axe-core, weighs at
 * most 60 KB apart from cached static assets, and the portal's forms work with JavaScript off.
 */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTests {

    static final int MAX_PAGE_BYTES = 60 * 1024;
    /** A resource cached at least this long is a cached static asset, not part of each page's weight. */
    static final long LONG_LIVED_SECONDS = 7L * 24 * 3600;
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    LegalDocumentManagement legalDocuments;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    /** Pattern of each public page → the addresses that show it (with data where the page shows data). */
    final Map<String, List<String>> pages = new LinkedHashMap<>();

    @BeforeAll
    void openBrowserAndPublishSomethingToShow() {
        browser = Browser.open(port);
        register(LegalFixtures.letterAndDecree137(), 1, "137-2024-nd-cp");
        register(LegalFixtures.decree42(), 0, "42-2022-nd-cp");
        String article = publishArticle();
        long question = publishQuestion();
        pages.put("/", List.of("/?lang=vi", "/?lang=en"));
        pages.put("/dang-ky", List.of("/dang-ky?lang=vi"));
        pages.put("/dang-ky/to-chuc", List.of("/dang-ky/to-chuc"));
        pages.put("/dang-ky/vneid", List.of("/dang-ky/vneid"));
        pages.put("/dang-nhap", List.of("/dang-nhap"));
        pages.put("/dang-ky-nhan-tin", List.of("/dang-ky-nhan-tin", "/dang-ky-nhan-tin?muc=van-ban-phap-luat"));
        pages.put("/dang-ky-nhan-tin/xac-nhan", List.of("/dang-ky-nhan-tin/xac-nhan?t=khong-hop-le"));
        pages.put("/dang-ky-nhan-tin/huy", List.of("/dang-ky-nhan-tin/huy?t=khong-hop-le"));
        pages.put("/danh-gia", List.of("/danh-gia", "/danh-gia?muc=/van-ban/137-2024-nd-cp"));
        pages.put("/danh-muc-thong-tin", List.of("/danh-muc-thong-tin"));
        pages.put("/du-lieu-mo", List.of("/du-lieu-mo"));
        pages.put("/gioi-thieu", List.of("/gioi-thieu"));
        pages.put("/en/about", List.of("/en/about"));
        pages.put("/hoi-dap", List.of("/hoi-dap?lang=vi"));
        pages.put("/hoi-dap/{id:\\d+}", List.of("/hoi-dap/" + question));
        pages.put("/hoi-dap/gui", List.of("/hoi-dap/gui"));
        pages.put("/hoi-dap/da-gui", List.of("/hoi-dap/da-gui"));
        pages.put("/hoi-dap/tra-cuu", List.of("/hoi-dap/tra-cuu", "/hoi-dap/tra-cuu?ma=" + trackingCode(question),
                "/hoi-dap/tra-cuu?ma=ZZZZZZZZZZ"));
        pages.put("/kiem-tra-ket-qua", List.of("/kiem-tra-ket-qua", "/kiem-tra-ket-qua?ma=KHONG-CO-MA"));
        pages.put("/ky-so/kiem-tra", List.of("/ky-so/kiem-tra"));
        pages.put("/ky-so/kiem-tra/bao-cao/{kind}", List.of("/ky-so/kiem-tra/bao-cao/simple"));
        pages.put("/lien-ket", List.of("/lien-ket"));
        pages.put("/thu-tuc", List.of("/thu-tuc"));
        pages.put("/thu-tuc/{code}", List.of("/thu-tuc/1.004873"));
        pages.put("/tim-kiem", List.of("/tim-kiem", "/tim-kiem?q=chuyen+doi+van+ban+giay",
                "/tim-kiem?q=nghi+dinh+137"));
        pages.put("/tin-tuc", List.of("/tin-tuc"));
        pages.put("/tin-tuc/{slug}", List.of("/tin-tuc/" + article));
        pages.put("/tra-cuu", List.of("/tra-cuu"));
        pages.put("/tra-cuu/{code}", List.of("/tra-cuu/CD-KHONGCOMA"));
        pages.put("/tra-cuu-ho-so", List.of("/tra-cuu-ho-so", "/tra-cuu-ho-so?ma=KHONG-CO-MA"));
        pages.put("/van-ban", List.of("/van-ban"));
        pages.put("/van-ban/{slug}", List.of("/van-ban/137-2024-nd-cp#dieu-4-khoan-2", "/van-ban/42-2022-nd-cp"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.go("/?lang=vi");
            browser.close();
        }
    }

    /** Addresses that are not a handler of their own: the error pages. */
    static final List<String> ERROR_PAGES = List.of("/khong-co-trang-nay", "/van-ban/khong-co-van-ban-nay");

    @Test
    void everyPublicPageOfTheApplicationIsCheckedHere() {
        assertThat(pages.keySet()).as("every @PermitAll GET page has example addresses in this test")
                .containsExactlyInAnyOrderElementsOf(PublicPageRoutes.of(mapping));
    }

    @Test
    void everyPublicPagePassesAxeInVietnameseAndEnglish() {
        List<String> failures = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            browser.go("/?lang=" + language);
            for (String address : addresses()) {
                browser.go(address);
                List<String> violations = browser.accessibilityViolations();
                if (!violations.isEmpty()) {
                    failures.add(language + " " + address + " → " + violations);
                }
            }
        }
        browser.go("/?lang=vi");
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    /** NĐ42 Đ5 k3 a: usable on a phone too; here a 360 px wide screen must not scroll sideways. */
    @Test
    void everyPublicPageWeighsAtMost60KbBesideCachedStaticAssetsAndFitsAPhone() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (String address : addresses()) {
            browser.go(address);
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (((Number) overflow).longValue() > 0) {
                failures.add(address + " is " + overflow + " px wider than a 360 px phone screen");
            }
            long weight = 0;
            StringBuilder counted = new StringBuilder();
            for (Map<String, Object> entry : loadedEntries()) {
                String url = (String) entry.get("name");
                long size = ((Number) entry.get("size")).longValue();
                boolean page = "navigation".equals(entry.get("type"));
                if (page || !longLivedCache(http, url)) {
                    long bytes = page ? size : transferredBytes(http, url);
                    weight += bytes;
                    counted.append(' ').append(url.replace("http://localhost:" + port, "")).append('=').append(bytes);
                }
            }
            System.out.printf("[page weight] %6d bytes %s%n", weight, address);
            if (weight > MAX_PAGE_BYTES) {
                failures.add(address + " weighs " + weight + " bytes:" + counted);
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        assertThat(failures).as("pages heavier than " + MAX_PAGE_BYTES + " bytes or wider than a phone").isEmpty();
    }

    @Test
    void staticAssetsHaveVersionedAddressesAndAreCachedForAYear() throws Exception {
        browser.go("/?lang=vi");
        List<String> assets = loadedEntries().stream().filter(e -> !"navigation".equals(e.get("type")))
                .map(e -> (String) e.get("name")).toList();
        assertThat(assets).as("the layout's stylesheet and script").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(url -> assertThat(url).as("content hash in the address").matches(".*-[0-9a-f]{32}\\.(css|js|svg)"));
        HttpClient http = HttpClient.newHttpClient();
        for (String url : assets) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(url)
                    .contains("max-age=31536000").contains("public");
        }
    }

    @Test
    void searchAndAQuestionWorkWithJavaScriptTurnedOff() {
        try (Browser noScript = Browser.openWithoutJavaScript(port)) {
            noScript.go("/tim-kiem?lang=vi");
            assertThat(((JavascriptExecutor) noScript.driver()).executeScript("return typeof window.htmx"))
                    .as("the page's scripts did not run").isEqualTo("undefined");
            noScript.driver().findElement(By.id("search-q")).sendKeys("chuyen doi van ban giay");
            noScript.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
            assertThat(noScript.text()).contains("Nghị định").containsIgnoringCase("chuyển đổi");

            String content = "Xin hỏi xã có nhận hồ sơ giấy để chuyển đổi sang bản điện tử không? " + System.nanoTime();
            noScript.go("/hoi-dap/gui");
            noScript.driver().findElement(By.id("name")).sendKeys("Lường Thị Mai");
            noScript.driver().findElement(By.id("email")).sendKeys("mai." + System.nanoTime() + "@example.vn");
            new Select(noScript.driver().findElement(By.id("topic"))).selectByValue("LEGAL_DOCUMENTS");
            noScript.driver().findElement(By.id("content")).sendKeys(content);
            noScript.driver().findElement(By.id("consent1")).click();
            noScript.clickAndWait(By.cssSelector("main form button[type=submit]"));
            String code = noScript.driver().findElement(By.id("tracking-code")).getText();
            assertThat(code).matches("[A-Z0-9]{10}");
            assertThat(jdbc.sql("select content from portal_qa_question where tracking_code = ?").param(code)
                    .query(String.class).single()).isEqualTo(content);
        }
    }

    private List<String> addresses() {
        List<String> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        all.addAll(ERROR_PAGES);
        return all;
    }

    /** The page and everything it loaded, as the browser's resource timing saw them. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> loadedEntries() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({name: e.name, type: e.entryType, size: e.encodedBodySize}));
                """);
    }

    private static boolean longLivedCache(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        return !cacheControl.contains("no-store") && !cacheControl.contains("no-cache")
                && maxAge.find() && Long.parseLong(maxAge.group(1)) >= LONG_LIVED_SECONDS;
    }

    private static long transferredBytes(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private void register(String text, int index, String slug) {
        if (legalDocuments.find(slug).isPresent()) {
            return;
        }
        ParsedDocument d = new LegalTextParser().parse(text).get(index);
        legalDocuments.register(new RegisterLegalDocument(d.type().name(), d.code(), d.issuer(), d.place(), d.issueDate(),
                d.effectiveDate(), LegalDocumentStatus.IN_FORCE, d.summary(), d.signerName(), d.signerTitle(), null,
                text, index, null, Map.of()));
    }

    /** An article drafted by an officer and approved by the head of department, through the staff pages. */
    private String publishArticle() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get("/quan-tri/tin-bai/moi");
        String title = "Xã Thanh Định triển khai Nghị định 42 về cổng thông tin " + System.nanoTime();
        HttpResponse<String> saved = editor.post("/quan-tri/tin-bai/moi", Map.of("categoryCode", "tin-hoat-dong",
                "title", title, "summary", "Tóm tắt bản tin.",
                "body", "Ủy ban nhân dân xã đã họp triển khai.\n\nCán bộ văn hóa phổ biến tới các thôn."));
        assertThat(saved.statusCode()).as("article saved").isEqualTo(302);
        String location = WebSession.location(saved);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        WebSession approver = WebSession.loggedIn(port, "truongphong");
        approver.get("/quan-tri/tin-bai/" + id);
        assertThat(approver.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of()).statusCode()).isEqualTo(302);
        return jdbc.sql("select slug from portal_content_article where id = ?").param(id).query(String.class).single();
    }

    /** A question sent anonymously, answered and published by an officer. */
    private long publishQuestion() {
        String email = "hoi." + System.nanoTime() + "@example.vn";
        String content = "Xin hỏi cổng thông tin của xã đăng những văn bản nào? " + System.nanoTime();
        WebSession citizen = WebSession.anonymous(port);
        citizen.get("/hoi-dap/gui");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Vi Văn Thắng");
        form.put("email", email);
        form.put("topic", "LEGAL_DOCUMENTS");
        form.put("content", content);
        form.put("consent", "true");
        form.put("website", "");
        assertThat(citizen.post("/hoi-dap/gui", form).statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from portal_qa_question where asker_email = ?").param(email).query(Long.class).single();
        WebSession officer = WebSession.loggedIn(port, "canbo");
        officer.get("/quan-tri/hoi-dap/" + id);
        assertThat(officer.post("/quan-tri/hoi-dap/" + id + "/tra-loi",
                Map.of("answer", "Cổng đăng văn bản quy phạm pháp luật và văn bản chỉ đạo của xã.")).statusCode()).isEqualTo(302);
        assertThat(officer.post("/quan-tri/hoi-dap/" + id + "/cong-khai", Map.of("publicQuestion", content))
                .statusCode()).isEqualTo(302);
        return id;
    }

    private String trackingCode(long question) {
        return jdbc.sql("select tracking_code from portal_qa_question where id = ?").param(question).query(String.class).single();
    }
}
