package vn.congso.signing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class SigningNavigation {

    @Bean
    NavigationLink signatureCheckLink() {
        return new NavigationLink(NavigationLink.PUBLIC, 60, "signing.nav.check", "/ky-so/kiem-tra", null);
    }

    @Bean
    NavigationLink trustAnchorsLink() {
        return new NavigationLink(NavigationLink.STAFF, 60, "signing.nav.trust", "/quan-tri/ky-so/chung-thu-tin-cay",
                "SIGNING_TRUST_MANAGE");
    }

    @Bean
    NavigationLink sealImageLink() {
        return new NavigationLink(NavigationLink.STAFF, 61, "signing.nav.seal", SealImageController.PATH,
                "SIGNING_TRUST_MANAGE");
    }

    @Bean
    NavigationLink ownSignatureLink() {
        return new NavigationLink(NavigationLink.STAFF, 62, "signing.nav.own", OwnSignatureController.PATH,
                "SIGNING_OWN_SIGNATURE");
    }
}
