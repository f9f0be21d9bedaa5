package vn.congso.portal.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import vn.congso.audit.AuditLog;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalRelationKind;
import vn.congso.portal.RegisterLegalDocument;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchSource;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class LegalDocumentPagesTests {

    /** A short law, so references "khoản 1 Điều 12 Luật Giao dịch điện tử" have a target. */
    static final String LAW = """
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Luật số: 20/2023/QH15
            Hà Nội, ngày 22 tháng 6 năm 2023

            LUẬT
            GIAO DỊCH ĐIỆN TỬ

            Điều 12. Chuyển đổi hình thức giữa văn bản giấy và thông điệp dữ liệu
            1. Thông điệp dữ liệu được chuyển đổi từ văn bản giấy phải đáp ứng đủ các yêu cầu sau đây:
            a) Thông tin trong thông điệp dữ liệu được bảo đảm toàn vẹn như văn bản giấy;
            2. Văn bản giấy được chuyển đổi từ thông điệp dữ liệu phải đáp ứng đủ các yêu cầu sau đây:
            a) Thông tin trong văn bản giấy được bảo đảm toàn vẹn như thông điệp dữ liệu;

            CHỦ TỊCH QUỐC HỘI
            Vương Đình Huệ
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    LegalDocumentManagement register;

    @Autowired
    List<SearchSource> searchSources;

    @Autowired
    AuditLog auditLog;

    @BeforeEach
    void registerSeeds() {
        if (register.find("20-2023-qh15").isEmpty()) {
            register.register(reviewed(LAW, 0, Map.of()));
        }
        if (register.find("137-2024-nd-cp").isEmpty()) {
            register.register(reviewed(LegalFixtures.letterAndDecree137(), 1,
                    Map.of(LegalRelationKind.REPEALS, List.of("64/2007/NĐ-CP"))));
        }
        if (register.find("42-2022-nd-cp").isEmpty()) {
            register.register(reviewed(LegalFixtures.decree42(), 0, Map.of()));
        }
    }

    @Test
    void documentPageGivesEveryUnitItsAnchorForDeepLinks() {
        ResponseEntity<String> response = http.getForEntity("/van-ban/137-2024-nd-cp", String.class);
        String page = HtmlUtils.htmlUnescape(response.getBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page)
                .contains("id=\"chuong-ii\"", "id=\"dieu-4\"", "id=\"dieu-4-khoan-2\"", "id=\"dieu-4-khoan-2-diem-dd\"",
                        "id=\"dieu-24\"")
                .contains("Trường hợp chuyển đổi thông điệp dữ liệu từ văn bản giấy")
                .contains("điểm đ khoản 2 Điều 4 Nghị định 137/2024/NĐ-CP")
                .contains("Nguyễn Hòa Bình")
                .contains("<h1");
        assertThat(anchorCount(page, "dieu-")).isGreaterThan(24);
    }

    @Test
    void referencesToRegisteredDocumentsBecomeLinks() {
        String page = HtmlUtils.htmlUnescape(http.getForEntity("/van-ban/137-2024-nd-cp", String.class).getBody());

        // Điều 4 cites the law by name; Điều 22 k1 cites Điều 23 of the decree itself
        assertThat(page).contains("href=\"/van-ban/20-2023-qh15#dieu-12-khoan-1\" class=\"legal-ref\">khoản 1 Điều 12 Luật Giao dịch điện tử</a>");
        assertThat(page).contains("href=\"#dieu-23\" class=\"legal-ref\">Điều 23 Nghị định này</a>");
        // Decree 64/2007 is not in the register: its number stays plain text
        assertThat(page).doesNotContain("href=\"/van-ban/64-2007-nd-cp");
    }

    @Test
    void listShowsNewestFirstAndFiltersByYearAndType() {
        String all = HtmlUtils.htmlUnescape(http.getForEntity("/van-ban", String.class).getBody());
        assertThat(all.indexOf("137/2024/NĐ-CP")).isLessThan(all.indexOf("20/2023/QH15"));
        assertThat(all.indexOf("20/2023/QH15")).isLessThan(all.indexOf("42/2022/NĐ-CP"));
        assertThat(all).contains("<label for=\"loai\"", "<label for=\"nam\"", "<label for=\"hieu-luc\"");

        String year2022 = HtmlUtils.htmlUnescape(http.getForEntity("/van-ban?nam=2022", String.class).getBody());
        assertThat(year2022).contains("42/2022/NĐ-CP").doesNotContain("137/2024/NĐ-CP");

        String laws = HtmlUtils.htmlUnescape(http.getForEntity("/van-ban?loai=LAW", String.class).getBody());
        assertThat(laws).contains("20/2023/QH15").doesNotContain("42/2022/NĐ-CP");
    }

    @Test
    void savingIsRecordedInTheAuditLog() {
        assertThat(auditLog.history("legal-document", "42-2022-nd-cp", 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("legal-document.registered"));
    }

    @Test
    void pageShowsTheDateTheDecreeTakesEffect() {
        String page = HtmlUtils.htmlUnescape(http.getForEntity("/van-ban/42-2022-nd-cp", String.class).getBody());

        assertThat(page).contains("Ngày có hiệu lực").contains("15/08/2022").contains("Còn hiệu lực");
    }

    @Test
    void unknownDocumentIsAFriendlyNotFoundPage() {
        ResponseEntity<String> page = http.getForEntity("/van-ban/khong-co", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void searchFeedHasTheDocumentAndEachArticle() {
        List<SearchDocument> feed = searchSources.stream().flatMap(SearchSource::all)
                .filter(d -> d.id().startsWith("legal:137-2024-nd-cp")).toList();

        assertThat(feed).filteredOn(d -> d.kind().equals("legal-document")).singleElement()
                .satisfies(d -> {
                    assertThat(d.url()).isEqualTo("/van-ban/137-2024-nd-cp");
                    assertThat(d.facets()).containsEntry("type", List.of("NGHỊ ĐỊNH")).containsEntry("year", List.of("2024"))
                            .containsEntry("issuer", List.of("CHÍNH PHỦ")).containsEntry("status", List.of("IN_FORCE"));
                });
        assertThat(feed).filteredOn(d -> d.kind().equals("legal-article")).hasSize(24)
                .anySatisfy(d -> {
                    assertThat(d.url()).isEqualTo("/van-ban/137-2024-nd-cp#dieu-4");
                    assertThat(d.text()).contains("khoản 1 Điều 12 Luật Giao dịch điện tử");
                });
    }

    @Test
    void menuOffersTheDocumentsToEveryone() {
        assertThat(http.getForEntity("/", String.class).getBody()).contains("href=\"/van-ban\"");
    }

    private static int anchorCount(String html, String prefix) {
        Matcher m = Pattern.compile("id=\"" + prefix).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** What an officer saves after accepting every field the parser read. */
    static RegisterLegalDocument reviewed(String text, int index, Map<LegalRelationKind, List<String>> relations) {
        ParsedDocument d = new LegalTextParser().parse(text).get(index);
        return new RegisterLegalDocument(d.type().name(), d.code(), d.issuer(), d.place(), d.issueDate(), d.effectiveDate(),
                LegalDocumentStatus.IN_FORCE, d.summary(), d.signerName(), d.signerTitle(), null, text, index, null,
                relations);
    }
}
