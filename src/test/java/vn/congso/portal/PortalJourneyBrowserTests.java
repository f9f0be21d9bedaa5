package vn.congso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.portal.engagement.Mailbox;
import vn.congso.mail.MailOutbox;
import vn.congso.testing.Browser;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.TestSmtp;
import vn.congso.testing.WebSession;

/**
 * Issue 3 "done when", as the people involved do it, in headless Chromium: an editor imports both
 * seed files through the staff import form, reviews and saves them; a citizen finds "chuyển đổi văn
 * bản giấy" typed without diacritics, opens Điều 4 khoản 2 by its deep link, prints it (the
 * server-rendered PDF), asks a question and receives the answer by e-mail; the Atom feed, the
 * sitemap, the JSON API and the DCAT catalogue pass real validators; axe finds nothing on the way.
 */
@CongsoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalJourneyBrowserTests {

    /** The seed files (copies of /work/shared/seeds/000_… and 002_…), uploaded as the editor would. */
    static final Path SEED_LETTER_AND_DECREE_137 = resource("/legal/cong-van-va-nghi-dinh-137-2024.txt");
    static final Path SEED_DECREE_42 = resource("/legal/nghi-dinh-42-2022.txt");
    static final String CLAUSE = "Yêu cầu về hệ thống thông tin phục vụ chuyển đổi từ văn bản giấy sang thông điệp dữ liệu";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    ObjectMapper json;

    Browser browser;
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    void openBrowserOnAnEmptyRegister() {
        browser = Browser.open(port);
        // other tests of this run may have registered the decrees directly; this journey imports them itself
        jdbc.sql("delete from portal_legal_document where slug in ('137-2024-nd-cp', '42-2022-nd-cp')").update();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            mailOutbox.dispatchDue(later());
            browser.close();
        }
    }

    @Test
    void editorPublishesTheSeedsAndACitizenFindsReadsPrintsAsksAndGetsTheAnswer() throws Exception {
        // the editor imports both seed files through the staff form, reviews what was read and saves
        browser.go("/?lang=vi");
        browser.logIn("canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        importSeed(SEED_LETTER_AND_DECREE_137, 2, 1, "137/2024/NĐ-CP");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/van-ban/137-2024-nd-cp");
        importSeed(SEED_DECREE_42, 1, 0, "42/2022/NĐ-CP");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/van-ban/42-2022-nd-cp");
        String feedTitle = announceInTheNews();
        browser.logOut();

        // a citizen searches without diacritics
        browser.go("/tim-kiem?lang=vi");
        browser.driver().findElement(By.id("search-q")).sendKeys("chuyen doi van ban giay");
        browser.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        checkAccessibility("search results");
        List<String> hits = browser.driver().findElements(By.cssSelector("main a[href*='/van-ban/137-2024-nd-cp']"))
                .stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(hits).as("Decree 137 is among the hits").isNotEmpty();

        // opens Điều 4 khoản 2 by its deep link
        browser.go("/van-ban/137-2024-nd-cp#dieu-4-khoan-2");
        Object target = ((JavascriptExecutor) browser.driver())
                .executeScript("const t = document.querySelector(':target'); return t ? t.id : null;");
        assertThat(target).as("the browser lands on the clause").isEqualTo("dieu-4-khoan-2");
        WebElement clause = browser.driver().findElement(By.id("dieu-4-khoan-2"));
        assertThat(clause.getText()).contains(CLAUSE);
        assertThat(clause.getDomAttribute("data-citation")).contains("khoản 2 Điều 4");
        checkAccessibility("document page");

        // prints it: the server-rendered PDF holds the clause, in an embedded Vietnamese font
        String pdfLink = browser.driver().findElement(By.cssSelector("a[href$='137-2024-nd-cp.pdf']")).getDomAttribute("href");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(pdfLink)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Nghị định 137/2024/NĐ-CP").contains("2. " + CLAUSE)
                    .contains("Chuyển đổi toàn vẹn nội dung từ văn bản giấy sang thông điệp dữ liệu");
            Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
        }

        // asks a question and gets the answer by e-mail
        String email = "citizen." + System.nanoTime() + "@example.vn";
        String code = askQuestion(email);
        String answer = "Hệ thống phải chuyển đổi toàn vẹn nội dung, tạo ký hiệu riêng, lưu trữ và bảo đảm an toàn thông tin.";
        answerQuestion(code, answer);
        mailOutbox.dispatchDue(later());
        List<MimeMessage> inbox = Mailbox.of(mail, email);
        assertThat(inbox).as("the receipt and the answer").hasSize(2);
        assertThat(Mailbox.subject(inbox.get(1))).contains(code);
        assertThat(Mailbox.body(inbox.get(1))).contains(answer);

        // the open data validates
        atomFeedParsesAsAtom(feedTitle);
        sitemapIsValidAgainstTheSitemapsOrgSchema();
        jsonApiAnswersMatchTheOpenApiDocument();
        dcatCatalogueExpandsToDcatTerms();
        assertThat(accessibility).as("axe-core violations on the way").isEmpty();
    }

    private void importSeed(Path seed, int documentsInFile, int chosen, String code) {
        browser.go("/quan-tri/van-ban/nhap");
        checkAccessibility("import form");
        browser.driver().findElement(By.id("file")).sendKeys(seed.toString());
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        if (documentsInFile > 1) {
            Select choice = new Select(browser.driver().findElement(By.id("documentIndex")));
            assertThat(choice.getOptions()).as("documents found in " + seed.getFileName()).hasSize(documentsInFile);
            choice.selectByValue(String.valueOf(chosen));
            browser.clickAndWait(By.cssSelector("main form button[formaction]"));
        }
        assertThat(browser.driver().findElement(By.id("code")).getDomProperty("value")).isEqualTo(code);
        checkAccessibility("review of " + code);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]:not([formaction])"));
    }

    /** An officer's news item about the decree in the legal-documents category, approved by the head of department. */
    private String announceInTheNews() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        editor.get("/quan-tri/tin-bai/moi");
        String title = "Phổ biến Nghị định 137/2024/NĐ-CP về chuyển đổi văn bản giấy " + System.nanoTime();
        String location = WebSession.location(editor.post("/quan-tri/tin-bai/moi", Map.of("categoryCode", "van-ban-phap-luat",
                "title", title, "summary", "Xã Thanh Định phổ biến nghị định tới các thôn.",
                "body", "Toàn văn nghị định tại /van-ban/137-2024-nd-cp.")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        WebSession approver = WebSession.loggedIn(port, "truongphong");
        approver.get("/quan-tri/tin-bai/" + id);
        assertThat(approver.post("/quan-tri/tin-bai/" + id + "/xuat-ban", Map.of()).statusCode()).isEqualTo(302);
        return title;
    }

    private String askQuestion(String email) {
        browser.go("/hoi-dap/gui");
        checkAccessibility("question form");
        browser.driver().findElement(By.id("name")).sendKeys("Đinh Thị Hoa");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        new Select(browser.driver().findElement(By.id("topic"))).selectByValue("LEGAL_DOCUMENTS");
        browser.driver().findElement(By.id("content")).sendKeys(
                "Khoản 2 Điều 4 Nghị định 137 yêu cầu hệ thống chuyển đổi có những tính năng gì?");
        browser.driver().findElement(By.id("consent1")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        checkAccessibility("question receipt");
        return browser.driver().findElement(By.id("tracking-code")).getText();
    }

    private void answerQuestion(String code, String answer) {
        long id = jdbc.sql("select id from portal_qa_question where tracking_code = ?").param(code).query(Long.class).single();
        browser.logIn("canbo", CongsoIntegrationTest.DEMO_PASSWORD);
        browser.go("/quan-tri/hoi-dap/" + id);
        browser.driver().findElement(By.id("answer")).sendKeys(answer);
        browser.clickAndWait(By.cssSelector("form[action$='/tra-loi'] button[type=submit]"));
        browser.logOut();
        browser.go("/hoi-dap/tra-cuu?ma=" + code);
        assertThat(browser.text()).contains(answer);
    }

    private void atomFeedParsesAsAtom(String title) throws Exception {
        HttpResponse<InputStream> feed = get("/tin-tuc/van-ban-phap-luat/atom.xml");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(feed.body()));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getUri()).isNotBlank();
        assertThat(parsed.getPublishedDate()).as("feed updated").isNotNull();
        SyndEntry entry = parsed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(entry.getUri()).isNotBlank();
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getLink()).contains("/tin-tuc/");
    }

    private void sitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
        byte[] sitemap = get("/sitemap.xml").body().readAllBytes();
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/sitemap.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(sitemap)));
        assertThat(new String(sitemap, StandardCharsets.UTF_8)).contains("/van-ban/137-2024-nd-cp</loc>")
                .contains("/van-ban/42-2022-nd-cp</loc>");
    }

    /** Each JSON answer is checked against the response schema the portal's own OpenAPI document declares. */
    private void jsonApiAnswersMatchTheOpenApiDocument() throws Exception {
        JsonNode openApi = json.readTree(get("/v3/api-docs").body());
        String query = "/api/v1/search?q=" + URLEncoder.encode("chuyen doi van ban giay", StandardCharsets.UTF_8);
        Map<String, String> calls = Map.of(query, "/api/v1/search", "/api/v1/news", "/api/v1/news",
                "/api/v1/categories", "/api/v1/categories", "/api/v1/questions", "/api/v1/questions",
                "/api/v1/legal-documents", "/api/v1/legal-documents");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
        for (Map.Entry<String, String> call : calls.entrySet()) {
            JsonNode content = openApi.path("paths").path(call.getValue()).path("get").path("responses").path("200").path("content");
            assertThat(content.isObject()).as("OpenAPI documents " + call.getValue()).isTrue();
            ObjectNode schema = ((ObjectNode) content.elements().next().path("schema")).deepCopy();
            schema.set("components", openApi.path("components"));
            String body = new String(get(call.getKey()).body().readAllBytes(), StandardCharsets.UTF_8);
            Set<ValidationMessage> problems = factory.getSchema(schema).validate(body, InputFormat.JSON);
            assertThat(problems).as(call.getKey() + " against its OpenAPI schema").isEmpty();
            if (call.getValue().equals("/api/v1/search") || call.getValue().equals("/api/v1/legal-documents")) {
                assertThat(body).contains("137-2024-nd-cp");
            }
        }
    }

    private void dcatCatalogueExpandsToDcatTerms() throws Exception {
        HttpResponse<InputStream> response = get("/du-lieu-mo/catalog.jsonld");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonArray expanded = JsonLd.expand(JsonDocument.of(response.body())).get();
        String dcat = "http://www.w3.org/ns/dcat#";
        JsonObject catalog = expanded.stream().map(JsonValue::asJsonObject)
                .filter(n -> types(n).contains(dcat + "Catalog")).findFirst().orElseThrow();
        assertThat(catalog.containsKey("http://purl.org/dc/terms/title")).isTrue();
        JsonArray datasets = catalog.getJsonArray(dcat + "dataset");
        assertThat(datasets.stream().map(d -> d.asJsonObject().getJsonArray("http://purl.org/dc/terms/identifier")
                .getJsonObject(0).getString("@value")).toList()).as("datasets").contains("van-ban", "tin-tuc");
        for (JsonValue value : datasets) {
            JsonObject dataset = value.asJsonObject();
            assertThat(types(dataset)).contains(dcat + "Dataset");
            assertThat(dataset.containsKey("http://purl.org/dc/terms/identifier")).isTrue();
            for (JsonValue d : dataset.getJsonArray(dcat + "distribution")) {
                JsonObject distribution = d.asJsonObject();
                assertThat(types(distribution)).contains(dcat + "Distribution");
                assertThat(distribution.containsKey(dcat + "accessURL") || distribution.containsKey(dcat + "downloadURL")).isTrue();
            }
        }
    }

    private static List<String> types(JsonObject node) {
        return node.containsKey("@type")
                ? node.getJsonArray("@type").stream().map(t -> ((jakarta.json.JsonString) t).getString()).toList()
                : List.of();
    }

    private void checkAccessibility(String where) {
        List<String> violations = browser.accessibilityViolations();
        if (!violations.isEmpty()) {
            accessibility.add(where + ": " + violations);
        }
    }

    private HttpResponse<InputStream> get(String path) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl.replaceFirst("^https?://[^/]+", "http://localhost:" + port)
                : "http://localhost:" + port + pathOrUrl);
    }

    private static Instant later() {
        return Instant.now().plus(Duration.ofDays(1));
    }

    private static Path resource(String name) {
        try {
            return Path.of(PortalJourneyBrowserTests.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
