package vn.congso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SecurityHeadersTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndFriends() {
        HttpHeaders headers = http.getForEntity("/", String.class).getHeaders();
        String csp = headers.getFirst("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        String page = http.getForEntity("/dang-nhap", String.class).getBody();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("style=\"").doesNotContain("<style");
    }

    @Test
    void behindATlsProxyHstsAndSecureCookiesAreSent() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.set("X-Forwarded-Proto", "https");
        ResponseEntity<String> page = http.exchange("/dang-nhap", HttpMethod.GET, new HttpEntity<>(proxied), String.class);
        assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie ->
                assertThat(cookie).startsWith("CONGSO_SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        ResponseEntity<String> page = http.getForEntity("/dang-nhap", String.class);
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie ->
                assertThat(cookie).startsWith("CONGSO_SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void healthIsPublicButMetricsAreForAdminsOnly() throws Exception {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"").doesNotContain("components");
        MvcResult anonymous = mvc.perform(get("/actuator/prometheus")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(401, 302);
        assertThat(anonymous.getResponse().getContentAsString()).doesNotContain("jvm_memory");
        MvcResult officer = mvc.perform(get("/actuator/prometheus").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("canbo").roles("OFFICER")
                        .authorities(() -> "STAFF_AREA"))).andReturn();
        assertThat(officer.getResponse().getStatus()).isEqualTo(403);
        MvcResult admin = mvc.perform(get("/actuator/prometheus").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
                        .authorities(() -> "OPERATIONS_VIEW"))).andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString()).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDescribesTheJsonApi() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("\"openapi\"").contains("/api/v1/audit/verification");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
