package vn.congso.portal.opendata;

import jakarta.annotation.security.PermitAll;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congso.portal.SitemapContributor;
import vn.congso.portal.SitemapEntry;
import vn.congso.shared.CongsoProperties;

/**
 * {@code /sitemap.xml} (sitemaps.org protocol 0.9): every public page any module contributes, so the
 * portal's information can be found and linked (NĐ42 Đ6 k6, Đ7 k1 a).
 */
@Controller
@PermitAll
class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit for one file; beyond it a sitemap index would be needed. */
    static final int MAX_URLS = 50_000;

    private final List<SitemapContributor> contributors;
    private final CongsoProperties properties;

    SitemapController(List<SitemapContributor> contributors, CongsoProperties properties) {
        this.contributors = contributors;
        this.properties = properties;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        Map<String, SitemapEntry> entries = new LinkedHashMap<>();
        entries.put("/", new SitemapEntry("/", null));
        contributors.stream().flatMap(SitemapContributor::sitemapEntries)
                .forEach(e -> entries.merge(e.path(), e, (a, b) -> a.lastModified() == null ? b : a));
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (SitemapEntry entry : entries.values().stream().limit(MAX_URLS).toList()) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(properties.publicUrl() + entry.path());
            xml.writeEndElement();
            if (entry.lastModified() != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(out.toString());
    }

}
