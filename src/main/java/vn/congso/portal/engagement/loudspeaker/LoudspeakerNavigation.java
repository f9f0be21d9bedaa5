package vn.congso.portal.engagement.loudspeaker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class LoudspeakerNavigation {

    @Bean
    NavigationLink loudspeakerLink() {
        return new NavigationLink(NavigationLink.STAFF, 330, "engagement.nav.loudspeaker", LoudspeakerController.PATH, "STAFF_AREA");
    }
}
