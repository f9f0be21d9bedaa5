package vn.congso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.congso.identity.AccountRegistration.FromIdentityProvider;
import vn.congso.identity.IdentityProperties;

/** What congso takes from the provider's ID token, by the claim names the operator configured. */
class OidcClaimsTests {

    private final IdentityProperties properties = new IdentityProperties(
            new IdentityProperties.Lockout(5, Duration.ofMinutes(15)), new IdentityProperties.RateLimit(10, 30), null,
            new IdentityProperties.Oidc(true, "vneid", "so_dinh_danh", "ho_ten", "so_dien_thoai", "email"));

    private final OidcLogin login = new OidcLogin(properties,
            new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class), null);

    @Test
    void readsThePersonFromTheConfiguredClaims() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "iss", "https://vneid.example.invalid", "sub", "abc-123", "ho_ten", "Ngô Thị Lan Anh",
                "so_dinh_danh", "019189001234", "so_dien_thoai", "0388999000", "email", "lananh@example.invalid"));

        FromIdentityProvider person = login.person(new DefaultOidcUser(
                List.of(new SimpleGrantedAuthority("OIDC_USER")), token));

        assertThat(person).isEqualTo(new FromIdentityProvider("https://vneid.example.invalid", "abc-123",
                "Ngô Thị Lan Anh", "019189001234", "0388999000", "lananh@example.invalid"));
    }

    @Test
    void enabledWithoutAClientRegistrationStopsTheStartWithAnExplanation() {
        assertThatThrownBy(() -> login.configure(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.client.registration.vneid")
                .hasMessageContaining("docs/notes/identity.md");
    }
}
