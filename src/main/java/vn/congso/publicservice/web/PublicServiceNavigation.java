package vn.congso.publicservice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class PublicServiceNavigation {

    @Bean
    NavigationLink procedureCatalogueLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 20, "publicservice.nav.procedures", "/thu-tuc", null);
    }

    @Bean
    NavigationLink calendarLink() {
        return new NavigationLink(NavigationLink.STAFF, 60, "publicservice.nav.calendar", "/quan-tri/lich-lam-viec", "CALENDAR_MANAGE");
    }

    @Bean
    NavigationLink procedureImportLink() {
        return new NavigationLink(NavigationLink.STAFF, 61, "publicservice.nav.import", "/quan-tri/thu-tuc/nhap", "PROCEDURE_MANAGE");
    }
}
