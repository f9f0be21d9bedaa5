package vn.congso.documents;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled delivery of the outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DocumentsConfiguration {
}
