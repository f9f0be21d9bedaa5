package vn.congso.agency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.testing.CongsoIntegrationTest;

/** RFC 9116 and NĐ137 Đ21 k2 e: the security contact is public, in security.txt and on every page. */
@CongsoIntegrationTest
class SecurityTxtControllerTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AgencyManagement agencies;

    AgencyProfile original;

    @BeforeEach
    void rememberProfile() {
        original = agencies.profile().orElseThrow();
    }

    @AfterEach
    void restoreProfile() {
        agencies.updateProfile(original);
    }

    @Test
    void anyoneReadsSecurityTxtWithEveryRequiredField() {
        ResponseEntity<String> file = http.getForEntity("/.well-known/security.txt", String.class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        // RFC 9116 §3: text/plain with charset utf-8
        assertThat(file.getHeaders().getContentType()).isNotNull();
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(file.getHeaders().getContentType().getCharset()).hasToString("UTF-8");
        List<String> lines = Arrays.asList(file.getBody().split("\n"));
        // RFC 9116 §2.5.3: at least one Contact, a URI
        assertThat(lines).contains("Contact: mailto:antt.thanhdinh@thainguyen.gov.vn", "Contact: tel:+842083878124");
        // RFC 9116 §2.5.5: exactly one Expires, RFC 3339, in the future, less than a year ahead
        List<String> expires = lines.stream().filter(l -> l.startsWith("Expires: ")).toList();
        assertThat(expires).hasSize(1);
        OffsetDateTime expiry = OffsetDateTime.parse(expires.get(0).substring("Expires: ".length()));
        assertThat(expiry).isAfter(OffsetDateTime.now()).isBefore(OffsetDateTime.now().plusYears(1));
        assertThat(lines).contains("Preferred-Languages: vi, en");
        // RFC 9116 §2.5.2: Canonical is an https URI on the agency's own domain
        assertThat(lines).contains("Canonical: https://thanhdinh.dinhhoa.thainguyen.gov.vn/.well-known/security.txt");
        // every line is a comment, empty, or "Field: value" (RFC 9116 §4 ABNF)
        assertThat(lines).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.matches("[A-Za-z-]+: \\S.*"));
        // RFC 9116 §3: legacy clients look at the top level
        assertThat(http.getForObject("/security.txt", String.class)).isEqualTo(file.getBody());
    }

    @Test
    void aChangedSecurityContactIsPublishedAtOnce() {
        agencies.updateProfile(withSecurityContact(original, "soc@thainguyen.gov.vn", "+84 208 3855 555"));
        String file = http.getForObject("/.well-known/security.txt", String.class);
        assertThat(file).contains("Contact: mailto:soc@thainguyen.gov.vn\n").contains("Contact: tel:+842083855555\n")
                .doesNotContain("antt.thanhdinh");
        assertThat(http.getForObject("/", String.class)).contains("soc@thainguyen.gov.vn").contains("+84 208 3855 555");
    }

    @Test
    void withoutASecurityContactThereIsNoSecurityTxt() {
        agencies.updateProfile(withSecurityContact(original, null, null));
        assertThat(http.getForEntity("/.well-known/security.txt", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForObject("/", String.class)).doesNotContain("Đầu mối tiếp nhận, xử lý sự cố an toàn thông tin");
    }

    @Test
    void everyPublicPageNamesTheSecurityContact() {
        String home = http.getForObject("/", String.class);
        assertThat(home).contains("Đầu mối tiếp nhận, xử lý sự cố an toàn thông tin:")
                .contains("href=\"mailto:antt.thanhdinh@thainguyen.gov.vn\"")
                .contains("0208 3878 124");
    }

    @Test
    void phoneNumbersBecomeGlobalTelUris() {
        assertThat(SecurityTxt.telUri("0208 3878 124")).isEqualTo("tel:+842083878124");
        assertThat(SecurityTxt.telUri("+84 912 345 678")).isEqualTo("tel:+84912345678");
        assertThat(SecurityTxt.telUri("0084 912 345 678")).isEqualTo("tel:+84912345678");
        assertThat(SecurityTxt.telUri("3878124")).isNull();
    }

    private static AgencyProfile withSecurityContact(AgencyProfile p, String email, String phone) {
        return new AgencyProfile(p.nameVi(), p.nameEn(), p.parentName(), p.level(), p.adminUnitCode(),
                p.identifierCode(), p.address(), p.phone(), p.email(), p.domain(), p.systemName(), p.systemOwner(),
                email, phone);
    }
}
