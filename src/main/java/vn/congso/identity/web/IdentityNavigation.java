package vn.congso.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationLink registerLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 910, "identity.nav.register", "/dang-ky", NavigationLink.ANONYMOUS);
    }

    @Bean
    NavigationLink passwordLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 950, "identity.nav.password", "/tai-khoan/mat-khau", "ACCOUNT_SELF");
    }

    @Bean
    NavigationLink accountsLink() {
        return new NavigationLink(NavigationLink.STAFF, 800, "identity.nav.accounts", "/quan-tri/tai-khoan", "ACCOUNT_MANAGE");
    }
}
