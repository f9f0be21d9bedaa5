package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.portal.search.SearchFixtures.legal;
import static vn.congso.portal.search.SearchFixtures.news;
import static vn.congso.portal.search.SearchFixtures.nfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchIndexing;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SearchControllerTests {

    private static final String PREFIX = "search-page-test:";

    @Autowired
    TestRestTemplate http;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    ObjectMapper json;

    @Autowired
    SearchEngine engine;

    @BeforeEach
    void indexFixtures() {
        // the shared test context also holds what other tests published (the seed decrees, answers…):
        // these tests count hits, so they start from an index of their own fixtures only
        engine.replaceAll(java.util.stream.Stream.empty());
        List<SearchDocument> documents = new ArrayList<>(List.of(
                legal(PREFIX + "nd-137", "Nghị định 137/2024/NĐ-CP",
                        "Quy định về giao dịch điện tử của cơ quan nhà nước và hệ thống thông tin phục vụ giao dịch điện tử.",
                        "Nghị định", "2024", "Còn hiệu lực"),
                legal(PREFIX + "qd-15", "Quyết định 15/2023/QĐ-UBND",
                        "Quy định về giao dịch điện tử trong nội bộ Ủy ban nhân dân xã.", "Quyết định", "2023", "Còn hiệu lực"),
                news(PREFIX + "tin-html", "Cảnh báo <lừa đảo>", "Không bấm đường dẫn <b>lạ</b> trong tin nhắn.")));
        IntStream.rangeClosed(1, 23).forEach(i -> documents.add(news(PREFIX + "lich-" + i,
                "Lịch tiếp công dân tuần " + i, "Lãnh đạo xã tiếp công dân định kỳ, tuần thứ " + i + ".")));
        indexing.index(documents);
    }

    @AfterEach
    void removeFixtures() {
        indexing.removeByIdPrefix(PREFIX);
    }

    @Test
    void searchPageHasALabelledSearchBoxInASearchLandmark() {
        String page = get("/tim-kiem").getBody();
        assertThat(page).contains("<form class=\"search-form\" role=\"search\"")
                .contains("<label for=\"search-q\">Nội dung cần tìm</label>")
                .contains("id=\"search-q\" name=\"q\"")
                .contains("<h1>Tìm kiếm</h1>")
                .doesNotContain("kết quả cho");
    }

    @Test
    void findsADecreeTypedWithoutDiacriticsAndMarksTheWords() {
        ResponseEntity<String> response = get("/tim-kiem?q=" + encode("giao dich dien tu"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody())
                .contains("Có 2 kết quả cho “giao dich dien tu”.")
                .contains("href=\"/van-ban/" + PREFIX + "nd-137\">Nghị định 137/2024/NĐ-CP</a>")
                .contains("<mark>giao</mark> <mark>dịch</mark> <mark>điện</mark> <mark>tử</mark>")
                .contains("Văn bản quy phạm pháp luật");
    }

    @Test
    void acceptsADecomposedQueryFromTheAddressBar() {
        assertThat(get("/tim-kiem?q=" + encode(nfd("Nghị định 137"))).getBody())
                .contains("Nghị định 137/2024/NĐ-CP</a>").doesNotContain("Quyết định 15/2023");
    }

    @Test
    void offersFacetLinksWithCountsAndFiltersByThem() {
        String page = get("/tim-kiem?q=" + encode("giao dịch")).getBody();
        assertThat(page).contains("<h2 id=\"search-facets-heading\">Lọc kết quả</h2>")
                .contains("<h3>Loại văn bản</h3>")
                .contains("href=\"/tim-kiem?q=giao%20d%E1%BB%8Bch&amp;type=Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh\">Nghị định (1)</a>")
                .contains(">Quyết định (1)</a>");

        String filtered = get("/tim-kiem?q=" + encode("giao dịch") + "&type=" + encode("Quyết định")).getBody();
        assertThat(filtered).contains("Có 1 kết quả").contains("Quyết định 15/2023/QĐ-UBND</a>")
                .doesNotContain("Nghị định 137/2024/NĐ-CP</a>")
                .contains("<strong aria-current=\"true\">Quyết định (1)</strong>")
                .contains(">Bỏ lọc</a>");
    }

    @Test
    void pagesThroughManyHitsWithLinks() {
        String first = get("/tim-kiem?q=" + encode("tiếp công dân")).getBody();
        assertThat(first).contains("Có 23 kết quả")
                .contains("<nav class=\"pagination\" aria-label=\"Phân trang kết quả\">")
                .contains("<strong aria-current=\"page\">1</strong>")
                .contains("rel=\"next\" href=\"/tim-kiem?q=ti%E1%BA%BFp%20c%C3%B4ng%20d%C3%A2n&amp;page=2\"");
        String third = get("/tim-kiem?q=" + encode("tiếp công dân") + "&page=3").getBody();
        assertThat(third).contains("<ol class=\"hits\" start=\"21\">").contains("<strong aria-current=\"page\">3</strong>")
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(third.split("class=\"hit\"", -1)).hasSize(4);
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(get("/tim-kiem?q=" + encode("bảo hiểm thất nghiệp")).getBody())
                .contains("Không tìm thấy kết quả nào cho “bảo hiểm thất nghiệp”.");
    }

    @Test
    void escapesMarkupFromTheIndexedText() {
        String page = get("/tim-kiem?q=" + encode("duong dan")).getBody();
        assertThat(page).contains("Cảnh báo &lt;lừa đảo&gt;</a>")
                .contains("<mark>đường</mark> <mark>dẫn</mark> &lt;b&gt;lạ&lt;&#x2F;b&gt;")
                .doesNotContain("<b>lạ</b>");
    }

    @Test
    void tooLongAQueryIsExplainedOnThePage() {
        assertThat(get("/tim-kiem?q=" + encode("thủ tục ".repeat(40))).getBody())
                .contains("Nội dung cần tìm dài quá 200 ký tự");
    }

    @Test
    void speaksEnglishWhenAsked() {
        assertThat(get("/tim-kiem?lang=en&q=" + encode("giao dich")).getBody())
                .contains("<label for=\"search-q\">Search for</label>")
                .contains("2 results for “giao dich”.")
                .contains("<h3>Document type</h3>")
                .contains("Legal document");
    }

    @Test
    void searchIsInTheMainMenu() {
        assertThat(get("/").getBody()).contains("<a href=\"/tim-kiem\">Tìm kiếm</a>");
    }

    @Test
    void apiAnswersTheSameHitsAsJson() throws Exception {
        ResponseEntity<String> response = get("/api/v1/search?q=" + encode("giao dich") + "&type=" + encode("Nghị định"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("total").asLong()).isEqualTo(1);
        JsonNode hit = body.path("hits").get(0);
        assertThat(hit.path("title").asText()).isEqualTo("Nghị định 137/2024/NĐ-CP");
        assertThat(hit.path("url").asText()).isEqualTo("/van-ban/" + PREFIX + "nd-137");
        assertThat(hit.path("snippetHtml").asText()).contains("<mark>giao</mark> <mark>dịch</mark>");
        assertThat(body.path("facets").path("type").toString())
                .contains("{\"value\":\"Nghị định\",\"count\":1}").contains("{\"value\":\"Quyết định\",\"count\":1}");
        assertThat(body.path("query").path("filters").path("type").asText()).isEqualTo("Nghị định");
    }

    @Test
    void apiPagesWithTheRequestedSizeWithinLimits() throws Exception {
        JsonNode page2 = json.readTree(get("/api/v1/search?q=" + encode("tiep cong dan") + "&page=2&size=15").getBody());
        assertThat(page2.path("total").asLong()).isEqualTo(23);
        assertThat(page2.path("hits")).hasSize(8);
        JsonNode huge = json.readTree(get("/api/v1/search?q=" + encode("tiep cong dan") + "&size=500").getBody());
        assertThat(huge.path("hits")).hasSize(20);
    }

    @Test
    void saysMoreThanTenThousandWhenCountingStoppedAtTheCap() throws Exception {
        List<SearchDocument> many = new ArrayList<>();
        IntStream.rangeClosed(0, LuceneSearchEngine.COUNT_CAP).forEach(i -> many.add(news(PREFIX + "khao-sat-" + i,
                "Phiếu khảo sát số " + i, "Mời người dân tham gia khảo sát mức độ hài lòng.")));
        indexing.index(many);

        assertThat(get("/tim-kiem?q=" + encode("khao sat")).getBody())
                .contains("Có hơn 10.000 kết quả cho “khao sat”.")
                .contains("(khoảng 10.001)");
        // pages stop at the last one that the counted hits fill, within the limit of 100
        assertThat(get("/tim-kiem?q=" + encode("khao sat") + "&page=100").getBody())
                .contains("<strong aria-current=\"page\">100</strong>").doesNotContain("rel=\"next\"");
        assertThat(get("/tim-kiem?q=" + encode("khao sat") + "&lang=en").getBody()).contains("More than 10,000 results for “khao sat”.");
        JsonNode body = json.readTree(get("/api/v1/search?q=" + encode("khao sat")).getBody());
        assertThat(body.path("total").asLong()).isEqualTo(10_000);
        assertThat(body.path("totalCapped").asBoolean()).isTrue();
        JsonNode few = json.readTree(get("/api/v1/search?q=" + encode("tiep cong dan")).getBody());
        assertThat(few.path("total").asLong()).isEqualTo(23);
        assertThat(few.path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void apiRefusesATooLongQueryWithAProblemDocument() {
        ResponseEntity<String> response = get("/api/v1/search?q=" + encode("thủ tục ".repeat(40)));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("\"detail\":\"Nội dung cần tìm dài quá 200 ký tự. Hãy rút gọn.\"");
    }

    private ResponseEntity<String> get(String url) {
        return http.getForEntity(java.net.URI.create(http.getRootUri() + url), String.class);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
