package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;

/** An Atom feed (RFC 4287) per category, so other portals and readers follow the news (NĐ42 Đ9 k2). */
@Controller
@PermitAll
class AtomFeedController {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final MediaType ATOM_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    private final ContentManagement content;
    private final AgencyManagement agencies;
    private final CongsoProperties properties;

    AtomFeedController(ContentManagement content, AgencyManagement agencies, CongsoProperties properties) {
        this.content = content;
        this.agencies = agencies;
        this.properties = properties;
    }

    @GetMapping("/tin-tuc/{category}/atom.xml")
    ResponseEntity<String> feed(@PathVariable String category) throws XMLStreamException {
        Category c = content.category(category).orElseThrow(() -> new CongsoException(ContentError.CATEGORY_NOT_FOUND));
        List<PublishedArticle> entries = content.published(c.code(), 0, ENTRIES);
        String base = properties.publicUrl();
        String self = base + "/tin-tuc/" + c.code() + "/atom.xml";
        String publisher = agencies.profile().map(AgencyProfile::nameVi).orElse(base);
        // RFC 4287 4.2.15: the feed changed when its latest entry did; an empty feed when the category was made
        Instant updated = entries.stream().map(PublishedArticle::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", "vi");
        text(xml, "id", self);
        text(xml, "title", publisher + " – " + c.nameVi());
        text(xml, "updated", time(updated));
        xml.writeStartElement("author");
        text(xml, "name", publisher);
        text(xml, "uri", base);
        xml.writeEndElement();
        link(xml, "self", ATOM_TYPE.getType() + "/" + ATOM_TYPE.getSubtype(), self);
        link(xml, "alternate", "text/html", base + "/tin-tuc?chuyen-muc=" + c.code());
        for (PublishedArticle a : entries) {
            xml.writeStartElement("entry");
            // the address never changes once made, so it is a permanent, unique entry id (RFC 4287 4.2.6)
            text(xml, "id", base + a.path());
            text(xml, "title", a.title());
            text(xml, "updated", time(a.updatedAt()));
            text(xml, "published", time(a.firstPublishedAt()));
            link(xml, "alternate", "text/html", base + a.path());
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", c.code());
            xml.writeAttribute("label", c.nameVi());
            if (a.summary() != null) {
                text(xml, "summary", a.summary());
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(a.body());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM_TYPE).body(out.toString());
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 date-time, as RFC 4287 3.3 requires. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
