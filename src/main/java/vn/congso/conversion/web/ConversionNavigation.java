package vn.congso.conversion.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class ConversionNavigation {

    @Bean
    NavigationLink conversionLink() {
        return new NavigationLink(NavigationLink.STAFF, 300, "conversion.nav", "/quan-tri/chuyen-doi", "CONVERSION_PERFORM");
    }

    @Bean
    NavigationLink lookupLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 800, "conversion.lookup.nav", "/tra-cuu", null);
    }
}
