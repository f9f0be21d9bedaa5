package vn.congso.portal.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.portal.OpenDataset;
import vn.congso.shared.CongsoProperties;

/**
 * The open data page and its DCAT catalogue in JSON-LD (W3C DCAT): every {@link OpenDataset} bean with
 * its downloadable distributions, so the portal's information is shared in machine-readable form
 * (NĐ42 Đ6 k6, Đ9 k2).
 */
@Controller
@PermitAll
class OpenDataController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VIETNAMESE, Locale.ENGLISH);
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    private final List<OpenDataset> datasets;
    private final AgencyManagement agencies;
    private final CongsoProperties properties;
    private final ObjectMapper json;
    private final MessageSource messages;

    OpenDataController(List<OpenDataset> datasets, AgencyManagement agencies, CongsoProperties properties, ObjectMapper json,
                       MessageSource messages) {
        this.messages = messages;
        this.datasets = datasets;
        this.agencies = agencies;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/du-lieu-mo")
    String page(Model model) {
        model.addAttribute("datasets", datasets);
        return "opendata/catalog";
    }

    @GetMapping("/du-lieu-mo/catalog.jsonld")
    ResponseEntity<String> catalog() throws com.fasterxml.jackson.core.JsonProcessingException {
        String base = properties.publicUrl();
        String publisherName = agencies.profile().map(AgencyProfile::nameVi).orElse(base);
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        root.put("@id", base + "/du-lieu-mo/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        languages(root.putArray("dct:title"), "opendata.catalog.title", publisherName);
        root.putObject("foaf:homepage").put("@id", base + "/du-lieu-mo");
        ObjectNode publisher = root.putObject("dct:publisher");
        publisher.put("@type", "foaf:Agent");
        publisher.put("foaf:name", publisherName);
        ArrayNode list = root.putArray("dcat:dataset");
        for (OpenDataset d : datasets) {
            ObjectNode node = list.addObject();
            node.put("@id", base + "/du-lieu-mo#" + d.identifier());
            node.put("@type", "dcat:Dataset");
            node.put("dct:identifier", d.identifier());
            languages(node.putArray("dct:title"), d.titleKey());
            languages(node.putArray("dct:description"), d.descriptionKey());
            ArrayNode keywords = node.putArray("dcat:keyword");
            for (Locale locale : LANGUAGES) {
                Arrays.stream(messages.getMessage(d.keywordsKey(), null, locale).split(",")).map(String::strip)
                        .forEach(k -> keywords.addObject().put("@value", k).put("@language", locale.getLanguage()));
            }
            Instant modified = d.modified().get();
            if (modified != null) {
                node.putObject("dct:modified").put("@value", modified.toString()).put("@type", "xsd:dateTime");
            }
            node.putObject("dct:publisher").put("@type", "foaf:Agent").put("foaf:name", publisherName);
            ArrayNode distributions = node.putArray("dcat:distribution");
            for (OpenDataset.Distribution dist : d.distributions()) {
                ObjectNode dn = distributions.addObject();
                dn.put("@type", "dcat:Distribution");
                dn.put("dct:title", messages.getMessage(d.titleKey(), null, VIETNAMESE) + " (" + dist.format() + ")");
                dn.putObject("dcat:accessURL").put("@id", base + dist.path());
                dn.putObject("dcat:downloadURL").put("@id", base + dist.path());
                dn.putObject("dcat:mediaType").put("@id", "https://www.iana.org/assignments/media-types/" + dist.mediaType());
                dn.put("dct:format", dist.format());
            }
        }
        return ResponseEntity.ok().contentType(JSON_LD).body(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private void languages(ArrayNode array, String key, Object... arguments) {
        for (Locale locale : LANGUAGES) {
            array.addObject().put("@value", messages.getMessage(key, arguments, locale)).put("@language", locale.getLanguage());
        }
    }
}
