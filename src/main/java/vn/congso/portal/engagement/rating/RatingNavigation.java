package vn.congso.portal.engagement.rating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class RatingNavigation {

    @Bean
    NavigationLink ratingLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 70, "engagement.nav.rating", RatingController.PATH, null);
    }

    @Bean
    NavigationLink ratingOverviewLink() {
        return new NavigationLink(NavigationLink.STAFF, 310, "engagement.nav.rating-overview", RatingStaffController.PATH, "RATING_VIEW");
    }
}
