package vn.congso.signing;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the agency's key right after the agency profile is seeded (order 10), so the test certificate
 * is made at start-up rather than on the first signature.
 */
@Component
@Order(30)
class AgencyKeyStartup implements ApplicationRunner {

    private final SigningManagement signing;
    private final vn.congso.agency.AgencyManagement agency;

    AgencyKeyStartup(SigningManagement signing, vn.congso.agency.AgencyManagement agency) {
        this.signing = signing;
        this.agency = agency;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agency.profile().isPresent()) {
            signing.agencyCertificate();
        }
    }
}
