package vn.congso.identity.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.shared.NavigationLink;

@Controller
class LoginController {

    @PermitAll
    @GetMapping("/dang-nhap")
    String login() {
        return "identity/login";
    }

    @org.springframework.context.annotation.Bean
    static NavigationLink loginLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 900, "identity.nav.login", "/dang-nhap", NavigationLink.ANONYMOUS);
    }
}
