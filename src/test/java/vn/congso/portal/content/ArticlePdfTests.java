package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ7 k1 c: every article can be printed and kept. */
@CongsoIntegrationTest
class ArticlePdfTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentManagement content;

    @Test
    void pdfOfAnArticleKeepsEveryVietnameseLetterWithTheFontEmbedded() throws Exception {
        String title = ArticleFixtures.uniqueTitle("Thông báo tuyển dụng công chức xã: Đợt bổ sung");
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "thong-tin-khac", title,
                "Ủy ban nhân dân xã Thanh Định thông báo tuyển dụng.\n\nHồ sơ gửi về Bộ phận Một cửa trước ngày 15.");
        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);
        String slug = content.article(id).slug();

        HttpResponse<byte[]> response = WebSession.anonymous(port).getBytes("/tin-tuc/" + slug + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains("Ủy ban nhân dân xã Thanh Định thông báo tuyển dụng.")
                    .contains("Hồ sơ gửi về Bộ phận Một cửa trước ngày 15.").contains("Đăng lúc");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void articlePageOffersThePdfAndThePrintStylesheetHidesTheMenus() throws Exception {
        long id = ArticleFixtures.draft(WebSession.loggedIn(port, "canbo"), "tin-hoat-dong",
                ArticleFixtures.uniqueTitle("Giải bóng chuyền thanh niên"), "Khai mạc giải.");
        ArticleFixtures.publish(WebSession.loggedIn(port, "truongphong"), id);
        String slug = content.article(id).slug();

        String page = WebSession.anonymous(port).get("/tin-tuc/" + slug).body();
        assertThat(page).contains("href=\"/tin-tuc/" + slug + ".pdf\"").containsPattern("href=\"/css/congso-[0-9a-f]{32}\\.css\"");
        String css = Files.readString(Path.of("src/main/resources/static/css/congso.css"), StandardCharsets.UTF_8);
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).contains(".site-header nav").contains(".article-tools").contains(".staff-nav");
    }
}
