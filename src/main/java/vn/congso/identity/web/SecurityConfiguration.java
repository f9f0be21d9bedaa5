package vn.congso.identity.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.congso.identity.IdentityProperties;
import vn.congso.identity.LoginAttempts;

/**
 * Who may reach what. URL rules are coarse (staff area, operator endpoints); every handler method
 * names its own permission, and one that names none is refused (deny by default).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String LOGIN_PAGE = "/dang-nhap";

    @Bean
    SecurityFilterChain web(HttpSecurity http, IdentityProperties properties, LoginAttempts attempts,
                            ObjectProvider<OidcLogin> oidc) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("OPERATIONS_VIEW")
                        .requestMatchers("/quan-tri/**").hasAuthority("STAFF_AREA")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .failureHandler(lockingFailureHandler(attempts))
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .addFilterAfter(new RateLimitFilter(properties.rateLimit(), LOGIN_PAGE), SecurityContextHolderFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/dang-xuat")
                        .logoutSuccessUrl("/?da-dang-xuat")
                        .deleteCookies("CONGSO_SESSION"))
                // APIs answer 401 (a problem document via the error page controller), pages redirect to the login page
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        (request, response, e) -> response.sendError(401), apiCall()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // A public JSON API called without a login has no session to ride on; with a login it needs the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(anonymousApiCall()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        OidcLogin login = oidc.getIfAvailable();
        if (login != null) {
            login.configure(http);
        }
        return http.build();
    }

    /**
     * Counts the failure; a locked account, or a name that has failed as often, gets the "temporarily
     * locked" notice, whether or not an account of that name exists.
     */
    private static AuthenticationFailureHandler lockingFailureHandler(LoginAttempts attempts) {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            boolean locked = exception instanceof LockedException
                    || (exception instanceof BadCredentialsException
                        && (attempts.isUnknownNameLocked(username) || attempts.failed(username)));
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + (locked ? "?khoa" : "?loi"));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static RequestMatcher apiCall() {
        return (HttpServletRequest request) -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static RequestMatcher anonymousApiCall() {
        return (HttpServletRequest request) -> {
            if (!apiCall().matches(request)) {
                return false;
            }
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        };
    }
}
