package vn.congso.agency.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class AgencyNavigation {

    @Bean
    NavigationLink agencySettingsLink() {
        return new NavigationLink(NavigationLink.STAFF, 800, "agency.nav", AgencySettingsController.PATH, "AGENCY_MANAGE");
    }
}
