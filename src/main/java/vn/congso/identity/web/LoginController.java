package vn.congso.identity.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.identity.IdentityProperties;
import vn.congso.identity.LoginAttempts;
import vn.congso.shared.NavigationLink;

@Controller
class LoginController {

    private final LoginAttempts attempts;
    private final boolean identityProvider;
    private final String registrationId;

    LoginController(LoginAttempts attempts, IdentityProperties properties) {
        this.attempts = attempts;
        this.identityProvider = properties.oidc().enabled();
        this.registrationId = properties.oidc().registrationId();
    }

    @PermitAll
    @GetMapping("/dang-nhap")
    String login(Model model) {
        model.addAttribute("lockMinutes", attempts.lockMinutes());
        model.addAttribute("identityProviderLogin", identityProvider ? "/oauth2/authorization/" + registrationId : null);
        return "identity/login";
    }

    @org.springframework.context.annotation.Bean
    static NavigationLink loginLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 900, "identity.nav.login", "/dang-nhap", NavigationLink.ANONYMOUS);
    }
}
