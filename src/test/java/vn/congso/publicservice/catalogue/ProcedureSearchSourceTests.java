package vn.congso.publicservice.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.publicservice.ProcedureCatalogue;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class ProcedureSearchSourceTests {

    @Autowired
    PortalSearch search;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    ObjectMapper json;

    @Test
    void theCatalogueIsFoundByThePortalSearchWithoutDiacritics() {
        search.rebuild();
        SearchResults results = search.search(new SearchQuery("dang ky khai sinh", Map.of("kind", "procedure"), 1, 10));
        assertThat(results.hits()).anySatisfy(hit -> {
            assertThat(hit.title()).isEqualTo("Thủ tục đăng ký khai sinh");
            assertThat(hit.url()).isEqualTo("/thu-tuc/1.001193");
        });
    }

    @Test
    void anImportedProcedureIsFoundAtOnce() throws Exception {
        // a shipped entry under a new code and name, so the import format is the catalogue's own
        JsonNode shipped = json.readTree(new ClassPathResource("publicservice/data/procedure-catalogue.json").getInputStream());
        ObjectNode entry = ((ObjectNode) (shipped.isArray() ? shipped.get(0) : shipped.get("procedures").get(0))).deepCopy();
        entry.put("code", "9.999001");
        entry.put("name", "Thủ tục xác nhận tình trạng nuôi ong mật");
        var report = catalogue.importFile("ong.json", json.writeValueAsBytes(json.createArrayNode().add(entry)));
        assertThat(report.problems()).isEmpty();
        SearchResults results = search.search(new SearchQuery("nuoi ong mat", Map.of("kind", "procedure"), 1, 10));
        assertThat(results.hits()).extracting(SearchResults.Hit::url).contains("/thu-tuc/9.999001");
    }
}
