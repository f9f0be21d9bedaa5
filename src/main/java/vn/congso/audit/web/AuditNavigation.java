package vn.congso.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationLink auditLink() {
        return new NavigationLink(NavigationLink.STAFF, 900, "audit.nav", "/quan-tri/nhat-ky", "AUDIT_VERIFY");
    }
}
