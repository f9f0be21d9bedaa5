package vn.congso.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import java.util.List;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class HomeControllerTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void homePageNamesTheAgencyInVietnamese() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Ủy ban nhân dân xã Thanh Định").contains("lang=\"vi\"");
    }

    @Test
    void unknownApiAddressIsAProblemDocument() {
        ResponseEntity<String> problem = http.getForEntity("/api/v1/khong-co", String.class);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem.getBody()).contains("\"detail\":\"Không tìm thấy tài nguyên yêu cầu.\"");
    }

    @Test
    void englishSwitchShowsEnglishTexts() {
        ResponseEntity<String> page = http.getForEntity("/?lang=en", String.class);
        assertThat(page.getBody()).contains("Thanh Dinh Commune People&#39;s Committee").contains("Welcome").contains("lang=\"en\"");
    }

    @Test
    void unknownPageIsAFriendlyVietnamesePage() {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.exchange("/khong-co-trang-nay", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Không tìm thấy trang").doesNotContain("Exception");
    }
}
