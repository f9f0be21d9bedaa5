package vn.congso.portal.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Downloadable files of the content datasets, in CSV (RFC 4180, UTF-8) and JSON. */
@Controller
@PermitAll
class DatasetDownloadController {

    static final String NEWS_CSV = "/du-lieu-mo/tin-tuc.csv";
    static final String NEWS_JSON = "/du-lieu-mo/tin-tuc.json";
    static final String CATALOGUE_CSV = "/du-lieu-mo/danh-muc-thong-tin.csv";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    /** Spreadsheet programs read UTF-8 CSV correctly only with the byte-order mark. */
    private static final String BOM = "\uFEFF";

    private final ArticleRepository articles;
    private final NewsApiController api;
    private final InformationCatalogue catalogue;
    private final ObjectMapper json;

    DatasetDownloadController(ArticleRepository articles, NewsApiController api, InformationCatalogue catalogue,
                              ObjectMapper json) {
        this.articles = articles;
        this.api = api;
        this.catalogue = catalogue;
        this.json = json;
    }

    @GetMapping(NEWS_CSV)
    ResponseEntity<String> newsCsv() {
        StringBuilder out = new StringBuilder(BOM).append("slug,title,category,published_at,updated_at,url,summary\r\n");
        for (NewsApiController.NewsSummary n : news()) {
            out.append(row(n.slug(), n.title(), n.category(), time(n.publishedAt()), time(n.updatedAt()), n.url(), n.summary()));
        }
        return file("tin-tuc.csv", CSV, out.toString());
    }

    @GetMapping(NEWS_JSON)
    ResponseEntity<String> newsJson() throws JsonProcessingException {
        return file("tin-tuc.json", MediaType.APPLICATION_JSON, json.writeValueAsString(news()));
    }

    @GetMapping(CATALOGUE_CSV)
    ResponseEntity<String> catalogueCsv() {
        StringBuilder out = new StringBuilder(BOM)
                .append("code,name_vi,name_en,clause,form,url,disclosure_period_vi,articles,last_published\r\n");
        for (InformationCatalogue.Row r : catalogue.rows()) {
            Category c = r.category();
            out.append(row(c.code(), c.nameVi(), c.nameEn(), c.clause(), c.form().name(), r.url(), c.disclosurePeriodVi(),
                    String.valueOf(r.articles()), time(r.lastPublished())));
        }
        return file("danh-muc-thong-tin.csv", CSV, out.toString());
    }

    private List<NewsApiController.NewsSummary> news() {
        return articles.allPublished().stream().map(api::summary).toList();
    }

    private static ResponseEntity<String> file(String name, MediaType type, String body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }

    static String row(String... values) {
        return Stream.of(values).map(DatasetDownloadController::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180 2.6–2.7: quote fields with commas, quotes or line breaks; double the quotes. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
