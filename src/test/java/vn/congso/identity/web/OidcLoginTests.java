package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * OIDC switched on with a client registration of its own context, as an operator would configure
 * VNeID; the provider's endpoints are never called, the test checks that the login starts there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "congso.identity.oidc.enabled=true",
        "spring.security.oauth2.client.registration.vneid.client-id=congso-thanh-dinh",
        "spring.security.oauth2.client.registration.vneid.client-secret=bi-mat",
        "spring.security.oauth2.client.registration.vneid.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.vneid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.vneid.scope=openid,profile",
        "spring.security.oauth2.client.provider.vneid.authorization-uri=https://vneid.example.invalid/authorize",
        "spring.security.oauth2.client.provider.vneid.token-uri=https://vneid.example.invalid/token",
        "spring.security.oauth2.client.provider.vneid.jwk-set-uri=https://vneid.example.invalid/jwks",
        "spring.security.oauth2.client.provider.vneid.user-info-uri=https://vneid.example.invalid/userinfo",
        "spring.security.oauth2.client.provider.vneid.user-name-attribute=sub"})
@ActiveProfiles("test")
class OidcLoginTests {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageOffersVneidAndTheLinkStartsTheProvidersLogin() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/dang-nhap").body())
                .contains("Đăng nhập bằng tài khoản định danh điện tử VNeID")
                .contains("href=\"/oauth2/authorization/vneid\"");

        Browser.Page redirect = browser.get("/oauth2/authorization/vneid");

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith("https://vneid.example.invalid/authorize?")
                .contains("client_id=congso-thanh-dinh").contains("scope=openid%20profile").contains("nonce=");
    }

    @Test
    void theConsentPageWithoutAProviderLoginSendsToLogin() {
        Browser.Page page = new Browser(port).get("/dang-ky/vneid");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/dang-nhap");
    }
}
