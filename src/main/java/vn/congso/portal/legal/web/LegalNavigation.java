package vn.congso.portal.legal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class LegalNavigation {

    @Bean
    NavigationLink legalDocumentsLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 20, "legal.nav.public", "/van-ban", null);
    }

    @Bean
    NavigationLink legalImportLink() {
        return new NavigationLink(NavigationLink.STAFF, 20, "legal.nav.import", "/quan-tri/van-ban/nhap", "LEGAL_DOCUMENT_MANAGE");
    }
}
