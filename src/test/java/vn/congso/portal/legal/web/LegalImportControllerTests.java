package vn.congso.portal.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import vn.congso.files.BlobStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class LegalImportControllerTests {

    @Autowired
    BlobStore blobs;

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    /** Does not follow redirects, so the session cookie of the login and the address after saving are visible. */
    private RestTemplate browser;

    @BeforeEach
    void browser() {
        browser = new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .requestFactory(SimpleClientHttpRequestFactory.class)
                .errorHandler(new DefaultResponseErrorHandler() {
                    @Override
                    public boolean hasError(ClientHttpResponse response) {
                        return false;
                    }
                })
                .build();
    }

    @Test
    void officerUploadsADocxReviewsTheFieldsAndSavesTheLetter() throws Exception {
        Session officer = login("canbo");
        String uploadPage = officer.get("/quan-tri/van-ban/nhap");
        assertThat(uploadPage).contains("Nhập văn bản").contains("<label for=\"file\"");

        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("_csrf", csrf(uploadPage));
        upload.add("file", new ByteArrayResource(LegalFixtures.docx(LegalFixtures.letterAndDecree137())) {
            @Override
            public String getFilename() {
                return "cong-van-137.docx";
            }
        });
        String review = HtmlUtils.htmlUnescape(officer.postMultipart("/quan-tri/van-ban/nhap", upload).getBody());

        assertThat(review).contains("Kiểm tra thông tin văn bản")
                .contains("value=\"ỦY BAN NHÂN DÂN XÃ THANH ĐỊNH\"")
                .contains("value=\"/UBND-VHXH\"")
                .contains("Văn bản chưa có số")
                .contains("Ngày ban hành thiếu ngày")
                .contains("Phùng Văn Đăng");

        MultiValueMap<String, Object> save = formFields(review);
        save.set("issueDate", "2025-01-15");
        save.set("field", "Văn hóa - Xã hội");
        ResponseEntity<String> saved = officer.postMultipart("/quan-tri/van-ban/luu", save);
        assertThat(saved.getStatusCode().is3xxRedirection()).isTrue();
        String location = saved.getHeaders().getLocation().getPath();
        assertThat(location).startsWith("/van-ban/cong-van-2025-01-15");

        String page = HtmlUtils.htmlUnescape(http.getForEntity(location, String.class).getBody());
        assertThat(page).contains("tuyên truyền Nghị định số 137/2024/NĐ-CP").contains("15/01/2025")
                .contains("Văn hóa - Xã hội").contains("id=\"khoan-1\"").contains("Tải văn bản gốc (cong-van-137.docx)");
        Matcher download = Pattern.compile("href=\"(/van-ban/[^\"]+/tep/[0-9a-f]{64})\"").matcher(page);
        assertThat(download.find()).isTrue();
        ResponseEntity<byte[]> original = http.getForEntity(download.group(1), byte[].class);
        assertThat(original.getBody()).startsWith(new byte[] {'P', 'K'});
        String key = download.group(1).substring(download.group(1).lastIndexOf('/') + 1);
        assertThat(blobs.exists(key)).as("the original is in the files module's blob store").isTrue();
        assertThat(blobs.size(key)).isEqualTo(original.getBody().length);
    }

    @Test
    void citizenCannotOpenTheImportPage() {
        Session citizen = login("congdan");
        ResponseEntity<String> page = citizen.exchange("/quan-tri/van-ban/nhap");

        assertThat(page.getStatusCode().value()).isEqualTo(403);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The review form as the browser would submit it, hidden and visible fields alike. */
    private static MultiValueMap<String, Object> formFields(String html) {
        MultiValueMap<String, Object> fields = new LinkedMultiValueMap<>();
        String form = html.substring(html.indexOf("action=\"/quan-tri/van-ban/luu\""));
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form);
        while (inputs.find()) {
            fields.set(inputs.group(1), inputs.group(2));
        }
        Matcher areas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([\\s\\S]*?)</textarea>").matcher(form);
        while (areas.find()) {
            fields.set(areas.group(1), areas.group(2));
        }
        Matcher selects = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>([\\s\\S]*?)</select>").matcher(form);
        while (selects.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            if (selected.find()) {
                fields.set(selects.group(1), selected.group(1));
            }
        }
        return fields;
    }

    private Session login(String username) {
        ResponseEntity<String> loginPage = browser.getForEntity("/dang-nhap", String.class);
        String cookie = loginPage.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", CongsoIntegrationTest.DEMO_PASSWORD);
        form.add("_csrf", csrf(loginPage.getBody()));
        ResponseEntity<String> response = browser.postForEntity("/dang-nhap", new HttpEntity<>(form, headers), String.class);
        String session = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new Session(session == null ? cookie : session.split(";")[0]);
    }

    private final class Session {
        private final String cookie;

        Session(String cookie) {
            this.cookie = cookie;
        }

        String get(String path) {
            return exchange(path).getBody();
        }

        ResponseEntity<String> exchange(String path) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookie);
            headers.setAccept(List.of(MediaType.TEXT_HTML));
            return browser.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        }

        ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> body) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookie);
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            headers.setAccept(List.of(MediaType.TEXT_HTML));
            return browser.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        }
    }
}
