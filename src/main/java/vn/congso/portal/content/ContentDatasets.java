package vn.congso.portal.content;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congso.portal.OpenDataset;
import vn.congso.portal.OpenDataset.Distribution;

/** The content module's open datasets (NĐ42 Đ9 k2): the published news and the information catalogue. */
@Configuration(proxyBeanMethods = false)
class ContentDatasets {

    @Bean
    OpenDataset newsDataset(InformationCatalogue catalogue) {
        return new OpenDataset("tin-tuc", "content.dataset.news.title", "content.dataset.news.description",
                "content.dataset.news.keywords", catalogue::modified, List.of(
                new Distribution(DatasetDownloadController.NEWS_CSV, "text/csv", "CSV"),
                new Distribution(DatasetDownloadController.NEWS_JSON, "application/json", "JSON")));
    }

    @Bean
    OpenDataset catalogueDataset(InformationCatalogue catalogue) {
        return new OpenDataset("danh-muc-thong-tin", "content.dataset.catalogue.title",
                "content.dataset.catalogue.description", "content.dataset.catalogue.keywords", catalogue::modified,
                List.of(new Distribution(DatasetDownloadController.CATALOGUE_CSV, "text/csv", "CSV"),
                        new Distribution("/api/v1/categories", "application/json", "JSON")));
    }
}
