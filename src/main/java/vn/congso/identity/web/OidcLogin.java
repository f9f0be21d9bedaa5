package vn.congso.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.congso.identity.AccountDetailsService;
import vn.congso.identity.AccountRegistration.FromIdentityProvider;
import vn.congso.identity.IdentityProperties;
import vn.congso.identity.persistence.AccountRepository;
import vn.congso.identity.persistence.AccountRepository.AccountRow;

/**
 * Login through the national identity provider (VNeID) with OpenID Connect, wired only when
 * {@code congso.identity.oidc.enabled=true}. The provider's issuer and subject identify the citizen
 * account; a person without one is not logged in but sent to a page that shows what the provider told
 * us and asks for consent (NĐ137 Đ21 k2 b) before the account is created.
 */
@Component
@ConditionalOnProperty(name = "congso.identity.oidc.enabled", havingValue = "true")
class OidcLogin {

    static final String PENDING = OidcLogin.class.getName() + ".pending";
    static final String CONSENT_PAGE = "/dang-ky/vneid";

    private final IdentityProperties.Oidc settings;
    private final ObjectProvider<ClientRegistrationRepository> clients;
    private final AccountRepository accounts;
    private final OidcUserService delegate = new OidcUserService();

    OidcLogin(IdentityProperties properties, ObjectProvider<ClientRegistrationRepository> clients,
              AccountRepository accounts) {
        this.settings = properties.oidc();
        this.clients = clients;
        this.accounts = accounts;
    }

    void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository registrations = clients.getIfAvailable();
        if (registrations == null || registrations.findByRegistrationId(settings.registrationId()) == null) {
            throw new IllegalStateException("congso.identity.oidc.enabled=true, but there is no client registration "
                    + "spring.security.oauth2.client.registration." + settings.registrationId()
                    + " (see docs/notes/identity.md); configure it or set CONGSO_OIDC_ENABLED=false.");
        }
        http.oauth2Login(login -> login
                .loginPage(SecurityConfiguration.LOGIN_PAGE)
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                .successHandler(this::loggedIn)
                .failureUrl(SecurityConfiguration.LOGIN_PAGE + "?loi"));
    }

    OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        Optional<AccountRow> account = accounts.findByOidcSubject(issuer, user.getSubject());
        if (account.isEmpty()) {
            return new AccountOidcUser(List.of(new SimpleGrantedAuthority("OIDC_PENDING")), user, null);
        }
        AccountRow row = account.get();
        if (!row.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
        }
        return new AccountOidcUser(AccountDetailsService.authorities(accounts.roles(row.id())), user, row.username());
    }

    /** Who the provider says the person is, read from the configured claims. */
    FromIdentityProvider person(OidcUser user) {
        return new FromIdentityProvider(String.valueOf(user.getIdToken().getIssuer()), user.getSubject(),
                user.getClaimAsString(settings.nameClaim()), user.getClaimAsString(settings.citizenIdClaim()),
                user.getClaimAsString(settings.phoneClaim()), user.getClaimAsString(settings.emailClaim()));
    }

    private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof AccountOidcUser user && user.username == null) {
            // no account yet: nothing is stored, and the person is not logged in, before they consent
            request.getSession().setAttribute(PENDING, person(user));
            SecurityContextHolder.clearContext();
            new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            response.sendRedirect(request.getContextPath() + CONSENT_PAGE);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The provider's user, named by the congso user name so the audit log and pages show one name. */
    static final class AccountOidcUser extends DefaultOidcUser {

        private final String username;

        AccountOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, String username) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username != null ? username : "oidc:" + getSubject();
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
