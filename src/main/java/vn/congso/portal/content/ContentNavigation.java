package vn.congso.portal.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class ContentNavigation {

    @Bean
    NavigationLink newsLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 10, "content.nav.news", "/tin-tuc", null);
    }

    @Bean
    NavigationLink aboutLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 12, "content.nav.about", "/gioi-thieu", null);
    }

    @Bean
    NavigationLink catalogueLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 80, "content.nav.catalogue", "/danh-muc-thong-tin", null);
    }

    @Bean
    NavigationLink openDataLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 82, "content.nav.open-data", "/du-lieu-mo", null);
    }

    @Bean
    NavigationLink relatedLinksLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 84, "content.nav.links", "/lien-ket", null);
    }

    @Bean
    NavigationLink staffArticlesLink() {
        return new NavigationLink(NavigationLink.STAFF, 40, "content.nav.staff-articles", ArticleStaffController.PATH,
                "CONTENT_EDIT");
    }

    @Bean
    NavigationLink staffPagesLink() {
        return new NavigationLink(NavigationLink.STAFF, 41, "content.nav.staff-pages", "/quan-tri/trang-song-ngu",
                "CONTENT_EDIT");
    }

    @Bean
    NavigationLink staffLinksLink() {
        return new NavigationLink(NavigationLink.STAFF, 42, "content.nav.staff-links", "/quan-tri/lien-ket",
                "AGENCY_MANAGE");
    }
}
