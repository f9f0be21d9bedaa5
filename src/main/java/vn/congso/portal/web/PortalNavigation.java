package vn.congso.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class PortalNavigation {

    @Bean
    NavigationLink homeLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 0, "portal.nav.home", "/", null);
    }
}
