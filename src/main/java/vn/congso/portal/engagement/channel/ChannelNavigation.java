package vn.congso.portal.engagement.channel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class ChannelNavigation {

    @Bean
    NavigationLink subscribeLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 80, "engagement.nav.subscribe", SubscriptionController.PATH, null);
    }

    @Bean
    NavigationLink channelsLink() {
        return new NavigationLink(NavigationLink.STAFF, 320, "engagement.nav.channels", ChannelStaffController.PATH, "CHANNEL_MANAGE");
    }
}
