package vn.congso.documents.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

/** Staff menu entries of document management. */
@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavigationLink outgoingDocumentsLink() {
        return new NavigationLink(NavigationLink.STAFF, 40, "documents.nav.outgoing", "/quan-tri/van-ban-di",
                "DOCUMENT_READ");
    }

    @Bean
    NavigationLink incomingDocumentsLink() {
        return new NavigationLink(NavigationLink.STAFF, 41, "documents.nav.incoming", "/quan-tri/van-ban-den",
                "DOCUMENT_READ");
    }

    @Bean
    NavigationLink workFilesLink() {
        return new NavigationLink(NavigationLink.STAFF, 43, "documents.nav.files", "/quan-tri/ho-so-cong-viec",
                "DOCUMENT_READ");
    }

    @Bean
    NavigationLink leaderDeskLink() {
        return new NavigationLink(NavigationLink.STAFF, 42, "documents.nav.leader", "/quan-tri/lanh-dao",
                "DOCUMENT_DIRECT");
    }
}
