package vn.congso.documents.edxml;

import static vn.congso.documents.edxml.EdxmlNames.NS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.DocumentsProperties;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/**
 * Reads edXML envelopes and status messages from other agencies. Parsing is safe (see
 * {@link SecureXml}); a missing required element or an invalid value is a {@link CongsoException}
 * naming the element, in Vietnamese, fit to be the reason of a refusal (status 02). Children are
 * found by name, so an envelope whose optional elements come in another order is still read.
 */
@Component
public class EdxmlReader {

    private final SecureXml xml;

    @Autowired
    EdxmlReader(DocumentsProperties properties) {
        this(properties.maxEnvelopeBytes());
    }

    EdxmlReader(long maxBytes) {
        this.xml = new SecureXml(maxBytes);
    }

    public Envelope readEnvelope(byte[] bytes) {
        Element root = root(bytes);
        Element envelope = required(root, "edXMLEnvelope", "edXML");
        Element header = required(envelope, "edXMLHeader", "edXMLEnvelope");
        MessageHeader messageHeader = messageHeader(required(header, "MessageHeader", "edXMLHeader"));
        TraceHeaderList trace = child(header, "TraceHeaderList").map(this::traceHeaderList).orElse(null);
        return new Envelope(messageHeader, trace, attachments(envelope, root));
    }

    public StatusEnvelope readStatus(byte[] bytes) {
        Element envelope = required(root(bytes), "edXMLEnvelope", "edXML");
        Element status = required(required(envelope, "edXMLHeader", "edXMLEnvelope"), "Status", "edXMLHeader");
        String code = requiredText(status, "StatusCode");
        return new StatusEnvelope(child(status, "ResponseFor").map(this::statusResponseFor).orElse(null),
                child(status, "From").map(this::organization).orElse(null),
                StatusCode.ofCode(code).orElseThrow(() -> invalid("StatusCode", code)),
                text(status, "Description"), timestamp(status, "Timestamp"),
                child(status, "StaffInfo").map(this::staffInfo).orElse(null));
    }

    private Element root(byte[] bytes) {
        Document document = xml.parse(bytes);
        Element root = document.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !"edXML".equals(root.getLocalName())) {
            throw new CongsoException(DocumentsError.EDXML_NOT_EDXML,
                    "{" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        return root;
    }

    private MessageHeader messageHeader(Element h) {
        List<Organization> to = children(h, "To").stream().map(this::organization).toList();
        if (to.isEmpty()) {
            throw missing("MessageHeader/To");
        }
        Element code = required(h, "Code", "MessageHeader");
        Element promulgation = required(h, "PromulgationInfo", "MessageHeader");
        Element type = required(h, "DocumentType", "MessageHeader");
        MessageHeader.Signer signer = child(h, "SignerInfo").map(s -> new MessageHeader.Signer(
                text(s, "Competence"), text(s, "Position"), text(s, "FullName"))).orElse(null);
        List<String> toPlaces = child(h, "ToPlaces").map(p -> texts(p, "Place")).orElse(List.of());
        String steering = text(h, "SteeringType");
        String documentId = requiredText(h, "DocumentId");
        Organization from = organization(required(h, "From", "MessageHeader"));
        checkDocumentId(documentId, from.organId());
        return new MessageHeader(from, to,
                new MessageHeader.Code(requiredText(code, "CodeNumber"), requiredText(code, "CodeNotation")),
                new MessageHeader.Promulgation(text(promulgation, "Place"), date(promulgation, "PromulgationDate", true)),
                new MessageHeader.Type(integer(type, "Type"), text(type, "TypeName")),
                requiredText(h, "Subject"), text(h, "Content"), signer, date(h, "DueDate", false), toPlaces,
                child(h, "OtherInfo").map(this::otherInfo).orElse(null),
                children(h, "ResponseFor").stream().map(this::responseFor).toList(),
                steering == null ? 0 : integer(h, "SteeringType"), documentId);
    }

    private void checkDocumentId(String documentId, AgencyIdentifier sender) {
        // DocumentId = OrganId,yyyy/MM/dd,số/ký hiệu: the sender's id, the promulgation date, the number and symbol
        String[] parts = documentId.split(",", 3);
        if (parts.length != 3 || !parts[0].equals(sender.value()) || !parts[2].contains("/")) {
            throw invalid("DocumentId", documentId);
        }
        try {
            LocalDate.parse(parts[1], EdxmlNames.DATE);
        } catch (DateTimeParseException e) {
            throw invalid("DocumentId", documentId);
        }
    }

    private MessageHeader.OtherInfo otherInfo(Element o) {
        String priority = text(o, "Priority");
        Priority parsed = priority == null ? null
                : Priority.ofCode(integer(o, "Priority")).orElseThrow(() -> invalid("Priority", priority));
        return new MessageHeader.OtherInfo(parsed, text(o, "SphereOfPromulgation"), text(o, "TyperNotation"),
                optionalInteger(o, "PromulgationAmount"), optionalInteger(o, "PageAmount"),
                child(o, "Appendixes").map(a -> texts(a, "Appendix")).orElse(List.of()));
    }

    private TraceHeaderList traceHeaderList(Element t) {
        List<TraceHeaderList.TraceHeader> headers = children(t, "TraceHeader").stream()
                .map(h -> new TraceHeaderList.TraceHeader(agency(h, "OrganId"), timestamp(h, "Timestamp")))
                .toList();
        TraceHeaderList.Business business = child(t, "Bussiness").map(b -> {
            String type = requiredText(b, "BussinessDocType");
            return new TraceHeaderList.Business(
                    BusinessDocType.ofCode(integer(b, "BussinessDocType")).orElseThrow(() -> invalid("BussinessDocType", type)),
                    text(b, "BussinessDocReason"), text(b, "DocumentId"),
                    Optional.ofNullable(optionalInteger(b, "Paper")).orElse(0),
                    child(b, "StaffInfo").map(this::staffInfo).orElse(null),
                    child(b, "ReplacementInfoList").map(l -> children(l, "ReplacementInfo").stream()
                            .map(r -> new TraceHeaderList.ReplacementInfo(requiredText(r, "DocumentId"),
                                    child(r, "OrganIdList").map(o -> texts(o, "OrganId").stream()
                                            .map(v -> agency("OrganIdList/OrganId", v)).toList()).orElse(List.of())))
                            .toList()).orElse(List.of()));
        }).orElse(null);
        return new TraceHeaderList(headers, business);
    }

    private List<Attachment> attachments(Element envelope, Element root) {
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        child(root, "AttachmentEncoded").ifPresent(a -> children(a, "Attachment").forEach(att -> {
            String id = requiredText(att, "ContentId");
            String base64 = requiredText(att, "ContentTransferEncoded");
            try {
                encoded.put(id, Base64.getMimeDecoder().decode(base64));
            } catch (IllegalArgumentException e) {
                throw invalid("ContentTransferEncoded", id);
            }
        }));
        List<Attachment> attachments = new ArrayList<>();
        Optional<Element> manifest = child(envelope, "edXMLBody").flatMap(b -> child(b, "edXMLManifest"));
        for (Element reference : manifest.map(m -> children(m, "Reference")).orElse(List.of())) {
            String id = requiredText(reference, "ContentId");
            byte[] content = encoded.get(id);
            if (content == null) {
                throw missing("AttachmentEncoded/Attachment[ContentId=" + id + "]");
            }
            attachments.add(new Attachment(id, requiredText(reference, "AttachmentName"),
                    requiredText(reference, "ContentType"), text(reference, "Description"), content));
        }
        return attachments;
    }

    private Organization organization(Element o) {
        return new Organization(agency(o, "OrganId"), text(o, "OrganizationInCharge"), text(o, "OrganName"),
                text(o, "OrganAdd"), text(o, "Email"), text(o, "Telephone"), text(o, "Fax"), text(o, "Website"));
    }

    private ResponseFor responseFor(Element r) {
        return new ResponseFor(agency(r, "OrganId"), text(r, "Code"), date(r, "PromulgationDate", false),
                requiredText(r, "DocumentId"));
    }

    /** In a status message every part of ResponseFor is optional: a refusal may concern an unreadable envelope. */
    private ResponseFor statusResponseFor(Element r) {
        return new ResponseFor(text(r, "OrganId") == null ? null : agency(r, "OrganId"), text(r, "Code"),
                date(r, "PromulgationDate", false), text(r, "DocumentId"));
    }

    private StaffInfo staffInfo(Element s) {
        return new StaffInfo(text(s, "Department"), text(s, "Staff"), text(s, "Mobile"), text(s, "Email"));
    }

    private AgencyIdentifier agency(Element parent, String name) {
        return agency(parent.getLocalName() + "/" + name, requiredText(parent, name));
    }

    private AgencyIdentifier agency(String where, String value) {
        try {
            return AgencyIdentifier.of(value);
        } catch (CongsoException e) {
            throw invalid(where, value);
        }
    }

    private LocalDate date(Element parent, String name, boolean required) {
        String value = required ? requiredText(parent, name) : text(parent, name);
        try {
            return value == null ? null : LocalDate.parse(value, EdxmlNames.DATE);
        } catch (DateTimeParseException e) {
            throw invalid(name, value);
        }
    }

    private LocalDateTime timestamp(Element parent, String name) {
        String value = requiredText(parent, name);
        try {
            return LocalDateTime.parse(value, EdxmlNames.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw invalid(name, value);
        }
    }

    private int integer(Element parent, String name) {
        String value = requiredText(parent, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    private Integer optionalInteger(Element parent, String name) {
        return text(parent, name) == null ? null : integer(parent, name);
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element required(Element parent, String name, String parentName) {
        return child(parent, name).orElseThrow(() -> missing(parentName + "/" + name));
    }

    /** Trimmed, NFC text of a child; {@code null} when absent or empty. */
    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty())
                .map(VietnameseText::nfc).orElse(null);
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> VietnameseText.nfc(e.getTextContent().strip()))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String requiredText(Element parent, String name) {
        String value = text(parent, name);
        if (value == null) {
            throw missing(parent.getLocalName() + "/" + name);
        }
        return value;
    }

    private static CongsoException missing(String path) {
        return new CongsoException(DocumentsError.EDXML_MISSING_ELEMENT, path);
    }

    private static CongsoException invalid(String element, String value) {
        return new CongsoException(DocumentsError.EDXML_INVALID_VALUE, element, value);
    }
}
