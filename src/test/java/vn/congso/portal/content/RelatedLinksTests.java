package vn.congso.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

/** NĐ42 Đ7 k1 b: correct links to other state agencies' portals. */
@CongsoIntegrationTest
class RelatedLinksTests {

    private static final List<String> EXCEPTIONS = List.of("chinhphu.vn");

    @LocalServerPort
    int port;

    @Autowired
    RelatedLinks links;

    @Test
    void acceptsHttpsAddressesOfGovernmentDomains() {
        assertThat(LinkRules.check("https://thainguyen.gov.vn", EXCEPTIONS)).isNull();
        assertThat(LinkRules.check("https://dinhhoa.thainguyen.gov.vn/tin-tuc?id=1", EXCEPTIONS)).isNull();
        assertThat(LinkRules.check("https://CHINHPHU.vn/", EXCEPTIONS)).isNull();
        assertThat(LinkRules.check("https://xaydungchinhsach.chinhphu.vn", EXCEPTIONS)).isNull();
    }

    @Test
    void refusesAddressesThatAreNotSecureOrNotGovernment() {
        assertThat(LinkRules.check("http://thainguyen.gov.vn", EXCEPTIONS)).isEqualTo("content.links.url-not-https");
        assertThat(LinkRules.check("https://thainguyen-gov.vn", EXCEPTIONS)).isEqualTo("content.links.url-not-government");
        // a look-alike that merely contains the suffix
        assertThat(LinkRules.check("https://gov.vn.example.com", EXCEPTIONS)).isEqualTo("content.links.url-not-government");
        assertThat(LinkRules.check("https://notchinhphu.vn", EXCEPTIONS)).isEqualTo("content.links.url-not-government");
        assertThat(LinkRules.check("https://thainguyen.gov.vn@evil.example", EXCEPTIONS)).isEqualTo("content.links.url-malformed");
        assertThat(LinkRules.check("https://user@thainguyen.gov.vn", EXCEPTIONS)).isEqualTo("content.links.url-malformed");
        assertThat(LinkRules.check("javascript:alert(1)", EXCEPTIONS)).isEqualTo("content.links.url-not-https");
        assertThat(LinkRules.check("https://thai nguyen.gov.vn", EXCEPTIONS)).isEqualTo("content.links.url-malformed");
        assertThat(LinkRules.check(" ", EXCEPTIONS)).isEqualTo("content.links.url-required");
    }

    @Test
    void adminAddsALinkThatVisitorsSeeAndAWrongAddressIsExplainedBesideTheField() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/quan-tri/lien-ket");
        HttpResponse<String> wrong = admin.post("/quan-tri/lien-ket",
                Map.of("nameVi", "Sở Tư pháp", "nameEn", "Department of Justice", "url", "http://stp.thainguyen.gov.vn"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(WebSession.text(wrong)).containsPattern("id=\"url\"[^>]*>\\s*<span class=\"field-error\">Địa chỉ phải bắt đầu bằng https://");

        HttpResponse<String> added = admin.post("/quan-tri/lien-ket",
                Map.of("nameVi", "Sở Tư pháp tỉnh Thái Nguyên", "nameEn", "Thai Nguyen Department of Justice",
                        "url", "https://stp.thainguyen.gov.vn"));
        assertThat(added.statusCode()).isEqualTo(302);

        String page = WebSession.text(WebSession.anonymous(port).get("/lien-ket"));
        assertThat(page).contains("href=\"https://stp.thainguyen.gov.vn\"").contains("Sở Tư pháp tỉnh Thái Nguyên")
                .contains("Cổng Dịch vụ công quốc gia");

        long id = links.all().stream().filter(l -> l.url().equals("https://stp.thainguyen.gov.vn")).findFirst().orElseThrow().id();
        admin.get("/quan-tri/lien-ket");
        admin.post("/quan-tri/lien-ket/" + id + "/xoa", Map.of());
        assertThat(WebSession.text(WebSession.anonymous(port).get("/lien-ket"))).doesNotContain("stp.thainguyen.gov.vn");
    }

    @Test
    void anEditorIsNotTheAdministratorOfLinks() {
        WebSession editor = WebSession.loggedIn(port, "canbo");
        assertThat(editor.get("/quan-tri/lien-ket").statusCode()).isEqualTo(403);
    }
}
