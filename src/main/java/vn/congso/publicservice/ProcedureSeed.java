package vn.congso.publicservice;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue with the commune procedures of the shared reference data
 * ({@code publicservice/data/procedure-catalogue.json}, derived from {@code procedures-commune.json}).
 */
@Component
@Order(21)
class ProcedureSeed implements ApplicationRunner {

    static final String RESOURCE = "publicservice/data/procedure-catalogue.json";

    private final ProcedureCatalogue catalogue;

    ProcedureSeed(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!catalogue.isEmpty()) {
            return;
        }
        byte[] content;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            content = in.readAllBytes();
        }
        ImportReport report = catalogue.importFile("procedure-catalogue.json", content);
        if (!report.accepted()) {
            throw new IllegalStateException("The shipped catalogue seed is invalid: " + report.problems());
        }
    }
}
