package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ6 k6 and Đ9 k2: the portal's news shared in machine-readable, standard forms. */
@CongsoIntegrationTest
class OpenSharingTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @LocalServerPort
    int port;

    @Autowired
    ContentManagement content;

    @Autowired
    ObjectMapper json;

    private String publish(String category, String title, String body) {
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), category, title, body);
        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);
        return content.article(id).slug();
    }

    @Test
    void atomFeedOfACategoryHasTheElementsRfc4287Requires() throws Exception {
        String title = ArticleFixtures.uniqueTitle("Báo cáo tài chính năm 2025 của xã");
        String slug = publish("tai-chinh-thong-ke", title, "Tổng thu ngân sách: 5 tỷ đồng.");

        HttpResponse<byte[]> response = WebSession.anonymous(port).getBytes("/tin-tuc/tai-chinh-thong-ke/atom.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element feed = parse(response.body()).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        // RFC 4287 4.1.1: exactly one id, title, updated; an author; a self link
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(URI.create(text(feed, "id")).isAbsolute()).isTrue();
        OffsetDateTime.parse(text(feed, "updated"));
        assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);
        assertThat(children(feed, "link")).anyMatch(l -> "self".equals(l.getAttribute("rel")));

        Element entry = children(feed, "entry").stream()
                .filter(e -> text(e, "title").equals(title)).findFirst().orElseThrow();
        // RFC 4287 4.1.2: exactly one id, title, updated; an alternate link when the content is not the whole story
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
        }
        assertThat(text(entry, "id")).endsWith("/tin-tuc/" + slug);
        OffsetDateTime.parse(text(entry, "updated"));
        assertThat(children(entry, "link")).anyMatch(l -> "alternate".equals(l.getAttribute("rel"))
                && l.getAttribute("href").endsWith("/tin-tuc/" + slug));
        assertThat(text(entry, "content")).isEqualTo("Tổng thu ngân sách: 5 tỷ đồng.");
    }

    @Test
    void sitemapListsPublishedArticlesWithTheirLastChange() throws Exception {
        String slug = publish("tin-hoat-dong", ArticleFixtures.uniqueTitle("Lễ khánh thành nhà văn hóa thôn"), "Nhà văn hóa mới.");

        HttpResponse<byte[]> response = WebSession.anonymous(port).getBytes("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Element urlset = parse(response.body()).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        List<Element> urls = children(urlset, SITEMAP, "url");
        assertThat(urls).allSatisfy(u -> {
            assertThat(children(u, SITEMAP, "loc")).hasSize(1);
            assertThat(URI.create(text(u, SITEMAP, "loc")).isAbsolute()).isTrue();
        });
        Element article = urls.stream().filter(u -> text(u, SITEMAP, "loc").endsWith("/tin-tuc/" + slug)).findFirst().orElseThrow();
        OffsetDateTime.parse(text(article, SITEMAP, "lastmod"));
        assertThat(urls).extracting(u -> URI.create(text(u, SITEMAP, "loc")).getPath())
                .contains("/", "/tin-tuc", "/danh-muc-thong-tin", "/du-lieu-mo");
    }

    @Test
    void dcatCatalogueListsDatasetsWhoseFilesDownload() throws Exception {
        String title = ArticleFixtures.uniqueTitle("Kế hoạch đầu tư công trung hạn, giai đoạn \"2026–2030\"");
        publish("chien-luoc-ke-hoach", title, "Danh mục dự án.");

        WebSession visitor = WebSession.anonymous(port);
        HttpResponse<byte[]> response = visitor.getBytes("/du-lieu-mo/catalog.jsonld");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode catalog = json.readTree(response.body());

        assertThat(catalog.path("@context").path("dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalog.path("@context").path("dct").asText()).isEqualTo("http://purl.org/dc/terms/");
        assertThat(catalog.path("@type").asText()).isEqualTo("dcat:Catalog");
        JsonNode datasets = catalog.path("dcat:dataset");
        assertThat(datasets.size()).isGreaterThanOrEqualTo(2);
        List<String> formats = new ArrayList<>();
        for (JsonNode dataset : datasets) {
            assertThat(dataset.path("@type").asText()).isEqualTo("dcat:Dataset");
            assertThat(dataset.path("dct:title").toString()).contains("\"@language\":\"vi\"").contains("\"@language\":\"en\"");
            assertThat(dataset.path("dcat:distribution").size()).isPositive();
            for (JsonNode distribution : dataset.path("dcat:distribution")) {
                String url = distribution.path("dcat:downloadURL").path("@id").asText();
                HttpResponse<byte[]> file = visitor.getBytes(URI.create(url).getPath());
                assertThat(file.statusCode()).as(url).isEqualTo(200);
                formats.add(distribution.path("dct:format").asText());
            }
        }
        assertThat(formats).contains("CSV", "JSON");

        String csv = new String(visitor.getBytes("/du-lieu-mo/tin-tuc.csv").body(), StandardCharsets.UTF_8);
        // RFC 4180: a title with a comma and quotes is one quoted field with the quotes doubled
        assertThat(csv).contains("\"" + title.replace("\"", "\"\"") + "\"");
        String news = new String(visitor.getBytes("/du-lieu-mo/tin-tuc.json").body(), StandardCharsets.UTF_8);
        assertThat(json.readTree(news).findValuesAsText("title")).contains(title);
    }

    @Test
    void jsonApiServesPublishedNewsAndTheCategories() throws Exception {
        String title = ArticleFixtures.uniqueTitle("Hướng dẫn thực hiện chính sách hỗ trợ hộ nghèo");
        String slug = publish("pho-bien-phap-luat", title, "Đoạn một.\n\nĐoạn hai.");
        WebSession visitor = WebSession.anonymous(port);

        JsonNode list = json.readTree(visitor.getBytes("/api/v1/news?category=pho-bien-phap-luat").body());
        assertThat(list.path("items").findValuesAsText("title")).contains(title);
        JsonNode item = json.readTree(visitor.getBytes("/api/v1/news/" + slug).body());
        assertThat(item.path("title").asText()).isEqualTo(title);
        assertThat(item.path("paragraphs").get(1).asText()).isEqualTo("Đoạn hai.");
        assertThat(item.path("publishedAt").asText()).isNotEmpty();

        HttpResponse<byte[]> missing = visitor.getBytes("/api/v1/news/khong-co-tin-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("Không tìm thấy tin bài.");

        JsonNode categories = json.readTree(visitor.getBytes("/api/v1/categories").body());
        // NĐ42 Đ4 k1 a–i: one category per item
        assertThat(categories.findValuesAsText("clause")).contains("NĐ42 Đ4 k1 a", "NĐ42 Đ4 k1 b", "NĐ42 Đ4 k1 c",
                "NĐ42 Đ4 k1 d", "NĐ42 Đ4 k1 đ", "NĐ42 Đ4 k1 e", "NĐ42 Đ4 k1 g", "NĐ42 Đ4 k1 h", "NĐ42 Đ4 k1 i");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent, ATOM, name);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return text(parent, ATOM, name);
    }

    private static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }
}
