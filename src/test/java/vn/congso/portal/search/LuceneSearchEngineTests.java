package vn.congso.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.portal.search.SearchFixtures.decrees;
import static vn.congso.portal.search.SearchFixtures.legal;
import static vn.congso.portal.search.SearchFixtures.news;
import static vn.congso.portal.search.SearchFixtures.nfd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.portal.SearchResults.FacetValue;
import vn.congso.portal.SearchResults.Hit;

class LuceneSearchEngineTests {

    @TempDir
    Path directory;

    LuceneSearchEngine engine;

    @BeforeEach
    void open() throws IOException {
        engine = new LuceneSearchEngine(FSDirectory.open(directory), Duration.ofSeconds(1));
        engine.index(decrees());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void findsDiacriticTextWithAQueryTypedWithoutDiacritics() {
        assertThat(ids("nghi dinh 137")).containsExactly("nd-137");
        assertThat(ids("giao dich dien tu")).containsExactly("nd-137");
    }

    @Test
    void findsTextWrittenWithoutDiacriticsWithAQueryTypedWithThem() {
        engine.index(List.of(news("tin-khong-dau", "Thong bao lich tiep dan", "Lich tiep cong dan dinh ky hang thang.")));
        assertThat(ids("lịch tiếp dân")).containsExactly("tin-khong-dau");
    }

    @Test
    void foldsDStrokeToD() {
        assertThat(ids("Dinh")).contains("nd-137", "nd-42");
        assertThat(ids("DAY MANH")).containsExactly("tin-1");
        assertThat(ids("đẩy mạnh")).containsExactly("tin-1");
    }

    @Test
    void acceptsADecomposedQuery() {
        assertThat(ids(nfd("giao dịch điện tử"))).containsExactly("nd-137");
        assertThat(ids(nfd("\"Thanh Định\""))).containsExactly("tin-1");
    }

    @Test
    void findsDecomposedTextAsIfItWereComposed() {
        engine.index(List.of(news("tin-nfd", nfd("Hướng dẫn nộp hồ sơ"), nfd("Công dân nộp hồ sơ trực tuyến qua cổng dịch vụ công."))));
        assertThat(ids("hồ sơ trực tuyến")).containsExactly("tin-nfd");
        assertThat(ids("ho so truc tuyen")).containsExactly("tin-nfd");
    }

    @Test
    void quotedPhraseNeedsTheWordsTogetherAndInOrder() {
        assertThat(ids("\"co quan nha nuoc\"")).containsExactlyInAnyOrder("nd-137", "nd-42");
        assertThat(ids("\"nha nuoc co quan\"")).isEmpty();
        assertThat(ids("\"dịch vụ công trực tuyến\"")).containsExactlyInAnyOrder("nd-42", "tin-1");
    }

    @Test
    void everyWordMustOccur() {
        assertThat(ids("nghị định bảo hiểm")).isEmpty();
        assertThat(ids("quyết định lao động")).containsExactly("qd-15");
    }

    @Test
    void ranksTheSpellingTypedWithDiacriticsAboveOtherWordsThatFoldTheSame() {
        engine.index(List.of(
                news("ban-do", "Bản đồ hành chính xã", "Bản đồ hành chính xã năm 2025 được công bố."),
                news("ban-hang", "Bán đồ gia dụng", "Bán đồ gia dụng tại chợ xã năm 2025 được công bố.")));
        assertThat(ids("bản đồ")).startsWith("ban-do");
        assertThat(ids("bán đồ")).startsWith("ban-hang");
    }

    @Test
    void ranksAWordPairAboveTheSameSyllablesScattered() {
        engine.index(List.of(
                news("rai-rac", "Thông báo", "Quyết định về việc cho cán bộ được nghỉ và quyết định thi đua."),
                news("lien-tiep", "Thông báo", "Nghị định về việc cho cán bộ được học tập và quyết định thi đua.")));
        List<String> ranked = ids("nghi dinh");
        assertThat(ranked).contains("rai-rac", "qd-15");
        assertThat(ranked.indexOf("lien-tiep")).isLessThan(ranked.indexOf("rai-rac"));
        assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrder("nd-137", "nd-42", "lien-tiep");
    }

    @Test
    void findsWordsTypedApartOnTheLastPagesWhenMoreDocumentsThanTheCandidatesHoldThemTogether() {
        long before = engine.search(SearchQuery.of("nghi dinh")).total();
        List<SearchDocument> many = new ArrayList<>();
        int together = LuceneResults.CANDIDATES + 20;
        IntStream.rangeClosed(1, together).forEach(i -> many.add(news("lien-tiep-" + i, "Thông báo số " + i,
                "Nghị định về việc cho cán bộ được học tập số " + i + ".")));
        many.add(news("rai-rac", "Thông báo", "Quyết định về việc cho cán bộ được nghỉ học tập."));
        engine.index(many);

        SearchResults first = engine.search(new SearchQuery("nghi dinh", Map.of(), 1, 20));
        assertThat(first.total()).isEqualTo(before + together + 1);
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= first.pageCount(); page++) {
            engine.search(new SearchQuery("nghi dinh", Map.of(), page, 20)).hits().forEach(hit -> seen.add(hit.id()));
        }
        assertThat(first.hits()).extracting(Hit::id).doesNotContain("rai-rac");
        assertThat(seen).contains("rai-rac", "lien-tiep-1", "lien-tiep-" + together);
        assertThat(seen.indexOf("rai-rac")).isGreaterThan(seen.indexOf("lien-tiep-" + together));
    }

    @Test
    void ranksATitleMatchAboveATextMatch() {
        engine.index(List.of(
                news("trong-van-ban", "Thông báo lịch họp", "Nội dung về an toàn thông tin mạng trong cơ quan."),
                news("trong-tieu-de", "An toàn thông tin mạng", "Nội dung về lịch họp giao ban trong cơ quan.")));
        assertThat(ids("an toan thong tin")).startsWith("trong-tieu-de");
    }

    @Test
    void ranksATitleMatchFirstWhenMoreDocumentsThanTheCandidatesHoldTheWordMoreOftenInTheirText() {
        List<SearchDocument> many = new ArrayList<>();
        IntStream.rangeClosed(1, LuceneResults.CANDIDATES + 50).forEach(i -> many.add(news("van-ban-" + i, "Thông báo số " + i,
                "Thuế, thuế và thuế.")));
        many.add(news("tieu-de", "Thuế đất năm 2025", "Người dân nộp hồ sơ tại bộ phận một cửa của xã trong giờ hành chính."));
        engine.index(many);
        assertThat(ids("thuế").get(0)).isEqualTo("tieu-de");
        assertThat(ids("thue").get(0)).isEqualTo("tieu-de");
    }

    @Test
    void filtersByFacetAndCountsEachValue() {
        SearchResults all = engine.search(new SearchQuery("quy dinh", Map.of(), 1, 10));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get("type")).containsExactly(new FacetValue("Nghị định", 2), new FacetValue("Quyết định", 1));
        assertThat(all.facets().get("kind")).containsExactly(new FacetValue("legal-document", 3));

        SearchResults decreesOnly = engine.search(new SearchQuery("quy dinh", Map.of("type", "Nghị định"), 1, 10));
        assertThat(decreesOnly.hits()).extracting(Hit::id).containsExactlyInAnyOrder("nd-137", "nd-42");
        assertThat(decreesOnly.total()).isEqualTo(2);
        assertThat(decreesOnly.facets().get("year")).extracting(FacetValue::value).containsExactlyInAnyOrder("2024", "2022");
        // the filtered facet still offers its other values
        assertThat(decreesOnly.facets().get("type")).contains(new FacetValue("Quyết định", 1));

        SearchResults both = engine.search(new SearchQuery("quy dinh", Map.of("type", "Nghị định", "year", "2022"), 1, 10));
        assertThat(both.hits()).extracting(Hit::id).containsExactly("nd-42");
    }

    @Test
    void filtersByKind() {
        SearchResults results = engine.search(new SearchQuery("dich vu cong", Map.of("kind", "news"), 1, 10));
        assertThat(results.hits()).extracting(Hit::id).containsExactly("tin-1");
    }

    @Test
    void marksMatchedWordsInTheSnippetAndEscapesTheRest() {
        engine.index(List.of(news("tin-html", "Cảnh báo", "Không mở tệp <script>alert(1)</script> & đường dẫn lạ trong thư điện tử.")));
        Hit hit = engine.search(SearchQuery.of("duong dan")).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>đường</mark> <mark>dẫn</mark>")
                .contains("&lt;script&gt;").doesNotContain("<script>").contains("&amp;");
    }

    @Test
    void highlightsAFoldedMatchInTheOriginalSpelling() {
        Hit hit = engine.search(SearchQuery.of("giao dich")).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>giao</mark> <mark>dịch</mark> <mark>điện</mark>".substring(0, 30));
        assertThat(hit.title()).isEqualTo("Nghị định 137/2024/NĐ-CP");
        assertThat(hit.url()).isEqualTo("/van-ban/nd-137");
        assertThat(hit.facets()).containsEntry("year", List.of("2024"));
    }

    @Test
    void marksAQuotedPhraseOnlyWhereItsWordsStandTogether() {
        engine.index(List.of(news("tin-cq", "Họp giao ban",
                "Nhà văn hóa xã mở cửa. Đại diện cơ quan nhà nước dự họp tại nhà văn hóa.")));
        Hit hit = engine.search(SearchQuery.of("\"co quan nha nuoc\"")).hits().stream()
                .filter(h -> h.id().equals("tin-cq")).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).contains("<mark>cơ</mark> <mark>quan</mark> <mark>nhà</mark> <mark>nước</mark>")
                .contains("Nhà văn hóa xã").doesNotContain("<mark>Nhà</mark>");
    }

    @Test
    void showsTheOpeningOfTheTextWhenOnlyTheTitleMatched() {
        String text = "Ủy ban nhân dân xã thông báo lịch làm việc của bộ phận một cửa trong tuần tới, "
                + "kể cả buổi sáng thứ bảy, để người dân nộp hồ sơ và nhận kết quả giải quyết theo giấy hẹn đã ghi.";
        engine.index(List.of(news("tin-lich", "Lịch tiếp công dân", text)));
        Hit hit = engine.search(SearchQuery.of("tiep cong")).hits().stream()
                .filter(h -> h.id().equals("tin-lich")).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).startsWith("Ủy ban nhân dân xã thông báo").endsWith(" …").doesNotContain("<mark>")
                .hasSizeLessThan(text.length());
    }

    @Test
    void pagesThroughHitsWithTheTotal() {
        List<SearchDocument> many = new ArrayList<>();
        IntStream.rangeClosed(1, 25).forEach(i -> many.add(news("thong-bao-" + i, "Thông báo số " + i, "Thông báo lịch tiếp công dân tháng " + i)));
        engine.index(many);
        SearchResults first = engine.search(new SearchQuery("tiep cong dan", Map.of(), 1, 10));
        SearchResults third = engine.search(new SearchQuery("tiep cong dan", Map.of(), 3, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.hits()).hasSize(10);
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hits()).extracting(Hit::id).doesNotContainAnyElementsOf(first.hits().stream().map(Hit::id).toList());
    }

    @Test
    void replacesADocumentWithTheSameId() {
        engine.index(List.of(legal("nd-137", "Nghị định 137/2024/NĐ-CP", "Văn bản đã được sửa đổi về chữ ký số.", "Nghị định", "2024", "Còn hiệu lực")));
        assertThat(ids("giao dich dien tu")).isEmpty();
        assertThat(ids("chu ky so")).containsExactly("nd-137");
    }

    @Test
    void removesEveryDocumentWhoseIdStartsWithThePrefix() {
        engine.index(List.of(
                legal("legal:nd-137#dieu-1", "Điều 1. Phạm vi điều chỉnh", "Phạm vi điều chỉnh giao dịch điện tử.", "Nghị định", "2024", "Còn hiệu lực"),
                legal("legal:nd-137#dieu-2", "Điều 2. Đối tượng áp dụng", "Đối tượng áp dụng giao dịch điện tử.", "Nghị định", "2024", "Còn hiệu lực")));
        assertThat(ids("dieu")).contains("legal:nd-137#dieu-1", "legal:nd-137#dieu-2");
        engine.removeByIdPrefix("legal:nd-137#");
        assertThat(ids("dieu")).doesNotContain("legal:nd-137#dieu-1", "legal:nd-137#dieu-2");
        assertThat(ids("nghi dinh 137")).containsExactly("nd-137");
    }

    @Test
    void keepsTheIndexAcrossARestart() throws IOException {
        engine.close();
        engine = new LuceneSearchEngine(FSDirectory.open(directory), Duration.ofSeconds(1));
        assertThat(ids("nghi dinh 137")).containsExactly("nd-137");
    }

    @Test
    void takesUpdatesFromManyThreadsAtOnceAndShowsEachAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Long>> seen = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                seen.add(pool.submit(() -> {
                    long visible = 0;
                    for (int i = 0; i < 25; i++) {
                        String id = "luong-" + thread + "-" + i;
                        engine.index(List.of(news(id, "Thông báo tuyển dụng công chức", "Đợt " + i + " luồng " + thread)));
                        visible += engine.search(new SearchQuery("tuyen dung", Map.of(), 1, 10)).total() > 0 ? 1 : 0;
                    }
                    return visible;
                }));
            }
            for (var future : seen) {
                assertThat(future.get()).isEqualTo(25);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(engine.search(SearchQuery.of("tuyển dụng")).total()).isEqualTo(100);
    }

    @Test
    void stopsCountingAtTheCapAndEstimatesTheFacetCountsFromTheHitsCounted() throws IOException {
        try (LuceneSearchEngine capped = new LuceneSearchEngine(new org.apache.lucene.store.ByteBuffersDirectory(), Duration.ofSeconds(1), 50)) {
            List<SearchDocument> many = new ArrayList<>();
            IntStream.range(0, 600).forEach(i -> many.add(legal("vb-" + i, "Văn bản số " + i, "Hướng dẫn thủ tục hành chính số " + i,
                    i % 3 == 0 ? "Thông tư" : "Nghị định", "2024", "Còn hiệu lực")));
            capped.index(many);
            SearchResults results = capped.search(SearchQuery.of("thu tuc hanh chinh"));
            assertThat(results.total()).isEqualTo(50);
            assertThat(results.totalCapped()).isTrue();
            assertThat(results.pageCount()).isEqualTo(5);
            assertThat(results.hits()).hasSize(10);
            assertThat(results.facetsEstimated()).isTrue();
            List<FacetValue> types = results.facets().get("type");
            assertThat(types).extracting(FacetValue::value).containsExactly("Nghị định", "Thông tư");
            assertThat(types.get(0).count()).isBetween(300L, 500L);
            assertThat(types.get(1).count()).isBetween(120L, 280L);

            SearchResults filtered = capped.search(new SearchQuery("thu tuc", Map.of("type", "Thông tư"), 1, 10));
            assertThat(filtered.totalCapped()).isTrue();
            assertThat(filtered.facets().get("type")).extracting(FacetValue::value).containsExactly("Nghị định", "Thông tư");

            SearchResults few = capped.search(SearchQuery.of("văn bản số 17"));
            assertThat(few.total()).isEqualTo(1);
            assertThat(few.totalCapped()).isFalse();
            assertThat(few.facetsEstimated()).isFalse();
        }
        SearchResults small = engine.search(SearchQuery.of("quy dinh"));
        assertThat(small.totalCapped()).isFalse();
        assertThat(small.facetsEstimated()).isFalse();
    }

    @Test
    void countsExactlyUpToTheCapItself() throws IOException {
        try (LuceneSearchEngine capped = new LuceneSearchEngine(new org.apache.lucene.store.ByteBuffersDirectory(), Duration.ofSeconds(1), 50)) {
            List<SearchDocument> fifty = new ArrayList<>();
            IntStream.range(0, 50).forEach(i -> fifty.add(legal("vb-" + i, "Văn bản số " + i, "Hướng dẫn thủ tục hành chính",
                    "Nghị định", "2024", "Còn hiệu lực")));
            capped.index(fifty);
            SearchResults results = capped.search(SearchQuery.of("thủ tục"));
            assertThat(results.total()).isEqualTo(50);
            assertThat(results.totalCapped()).isFalse();
            assertThat(results.facets().get("type")).containsExactly(new FacetValue("Nghị định", 50));

            capped.index(List.of(legal("vb-50", "Văn bản số 50", "Hướng dẫn thủ tục", "Nghị định", "2024", "Còn hiệu lực")));
            assertThat(capped.search(SearchQuery.of("thủ tục")).totalCapped()).isTrue();
        }
    }

    @Test
    void asksForARebuildWhenTheIndexOnDiskHasAnOlderLayout(@TempDir Path old) throws IOException {
        // an index written by an earlier version: documents, but no layout mark in its commit
        try (var directory = FSDirectory.open(old);
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(SearchFields.ID, "cu", org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        try (LuceneSearchEngine upgraded = new LuceneSearchEngine(FSDirectory.open(old), Duration.ofSeconds(1))) {
            assertThat(upgraded.needsRebuild()).isTrue();
            upgraded.replaceAll(decrees().stream());
            assertThat(upgraded.needsRebuild()).isFalse();
        }
        try (LuceneSearchEngine reopened = new LuceneSearchEngine(FSDirectory.open(old), Duration.ofSeconds(1))) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.search(SearchQuery.of("nghi dinh 137")).hits()).extracting(Hit::id).containsExactly("nd-137");
        }
        assertThat(engine.needsRebuild()).isFalse();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(engine.search(SearchQuery.of("  \" \" ")).total()).isZero();
        assertThat(engine.search(SearchQuery.of("-- ++ ::")).hits()).isEmpty();
    }

    private List<String> ids(String text) {
        return engine.search(new SearchQuery(text, Map.of(), 1, 20)).hits().stream().map(Hit::id).toList();
    }
}
