package vn.congso.portal.engagement.qa;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class QaNavigation {

    @Bean
    NavigationLink questionsLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 60, "engagement.nav.qa", QuestionController.LIST, null);
    }

    @Bean
    NavigationLink questionQueueLink() {
        return new NavigationLink(NavigationLink.STAFF, 300, "engagement.nav.qa-queue", QuestionStaffController.QUEUE, "QA_ANSWER");
    }
}
