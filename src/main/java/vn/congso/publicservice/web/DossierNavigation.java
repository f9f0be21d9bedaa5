package vn.congso.publicservice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class DossierNavigation {

    @Bean
    NavigationLink dossierLookupLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 21, "dossier.nav.lookup", "/tra-cuu-ho-so", null);
    }

    @Bean
    NavigationLink myDossiersLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 22, "dossier.nav.mine", "/tai-khoan/ho-so", "DOSSIER_SUBMIT");
    }

    @Bean
    NavigationLink dataStoreLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 23, "dossier.nav.store", "/tai-khoan/kho-du-lieu", "DOSSIER_SUBMIT");
    }

    @Bean
    NavigationLink dossierQueueLink() {
        return new NavigationLink(NavigationLink.STAFF, 30, "dossier.nav.queue", "/quan-tri/ho-so", "DOSSIER_PROCESS");
    }

    @Bean
    NavigationLink counterLink() {
        return new NavigationLink(NavigationLink.STAFF, 31, "dossier.nav.counter", "/quan-tri/mot-cua/tiep-nhan", "DOSSIER_RECEIVE_COUNTER");
    }
}
