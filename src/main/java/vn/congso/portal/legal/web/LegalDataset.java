package vn.congso.portal.legal.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.portal.OpenDataset;
import vn.congso.portal.OpenDataset.Distribution;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;

/** The legal document register as an open dataset in the DCAT catalogue (NĐ42 Đ9 k2). */
@Configuration(proxyBeanMethods = false)
class LegalDataset {

    @Bean
    OpenDataset legalDocumentRegister(LegalDocumentRepository repository) {
        return new OpenDataset("van-ban", "legal.dataset.title", "legal.dataset.description", "legal.dataset.keywords",
                repository::lastChange, List.of(new Distribution(LegalRegisterApiController.PATH, "application/json", "JSON")));
    }
}
