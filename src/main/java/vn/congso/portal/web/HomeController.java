package vn.congso.portal.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @PermitAll
    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
