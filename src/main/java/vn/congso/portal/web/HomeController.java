package vn.congso.portal.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.portal.content.ContentManagement;

@Controller
class HomeController {

    private final ContentManagement content;

    HomeController(ContentManagement content) {
        this.content = content;
    }

    @PermitAll
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("latestNews", content.latest(5));
        return "portal/home";
    }
}
