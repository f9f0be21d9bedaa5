package vn.congso.documents.edxml;

import static vn.congso.documents.edxml.EdxmlNames.NS;
import static vn.congso.documents.edxml.EdxmlNames.PREFIX;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * Serialises envelopes and status messages as edXML. Element names and their order follow
 * QCVN 102:2016 as far as we could verify them (see docs/notes/edxml.md); optional elements
 * without a value are left out.
 */
@Component
public class EdxmlWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public byte[] write(Envelope envelope) {
        return document(w -> {
            start(w, "edXMLEnvelope");
            start(w, "edXMLHeader");
            messageHeader(w, envelope.header());
            traceHeaderList(w, envelope.trace());
            w.writeEndElement();
            start(w, "edXMLBody");
            start(w, "edXMLManifest");
            w.writeAttribute("version", "1.0");
            for (Attachment a : envelope.attachments()) {
                start(w, "Reference");
                w.writeAttribute("xlink", EdxmlNames.XLINK, "href", "cid:" + a.contentId());
                text(w, "ContentId", a.contentId());
                text(w, "ContentType", a.contentType());
                text(w, "AttachmentName", a.name());
                text(w, "Description", a.description());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            if (!envelope.attachments().isEmpty()) {
                start(w, "AttachmentEncoded");
                for (Attachment a : envelope.attachments()) {
                    start(w, "Attachment");
                    text(w, "ContentId", a.contentId());
                    text(w, "AttachmentName", a.name());
                    text(w, "ContentType", a.contentType());
                    text(w, "Description", a.description());
                    text(w, "ContentTransferEncoded", Base64.getEncoder().encodeToString(a.content()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
        });
    }

    public byte[] write(StatusEnvelope status) {
        return document(w -> {
            start(w, "edXMLEnvelope");
            start(w, "edXMLHeader");
            start(w, "Status");
            // an envelope too broken to read leaves nothing to refer to: the refusal then carries no ResponseFor
            if (status.responseFor() != null) {
                responseFor(w, status.responseFor());
            }
            if (status.from() != null) {
                organization(w, "From", status.from());
            }
            text(w, "StatusCode", status.statusCode().code());
            text(w, "Description", status.description());
            text(w, "Timestamp", EdxmlNames.TIMESTAMP.format(status.timestamp()));
            staffInfo(w, status.staffInfo());
            w.writeEndElement();
            w.writeEndElement();
            start(w, "edXMLBody");
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private void messageHeader(XMLStreamWriter w, MessageHeader h) throws XMLStreamException {
        start(w, "MessageHeader");
        organization(w, "From", h.from());
        for (Organization to : h.to()) {
            organization(w, "To", to);
        }
        start(w, "Code");
        text(w, "CodeNumber", h.code().codeNumber());
        text(w, "CodeNotation", h.code().codeNotation());
        w.writeEndElement();
        start(w, "PromulgationInfo");
        text(w, "Place", h.promulgation().place());
        date(w, "PromulgationDate", h.promulgation().date());
        w.writeEndElement();
        start(w, "DocumentType");
        text(w, "Type", Integer.toString(h.documentType().type()));
        text(w, "TypeName", h.documentType().typeName());
        w.writeEndElement();
        text(w, "Subject", h.subject());
        text(w, "Content", h.content());
        if (h.signer() != null) {
            start(w, "SignerInfo");
            text(w, "Competence", h.signer().competence());
            text(w, "Position", h.signer().position());
            text(w, "FullName", h.signer().fullName());
            w.writeEndElement();
        }
        date(w, "DueDate", h.dueDate());
        if (!h.toPlaces().isEmpty()) {
            start(w, "ToPlaces");
            for (String place : h.toPlaces()) {
                text(w, "Place", place);
            }
            w.writeEndElement();
        }
        otherInfo(w, h.otherInfo());
        for (ResponseFor r : h.responseFor()) {
            responseFor(w, r);
        }
        text(w, "SteeringType", Integer.toString(h.steeringType()));
        text(w, "DocumentId", h.documentId());
        w.writeEndElement();
    }

    private void otherInfo(XMLStreamWriter w, MessageHeader.OtherInfo o) throws XMLStreamException {
        if (o == null) {
            return;
        }
        start(w, "OtherInfo");
        text(w, "Priority", o.priority() == null ? null : Integer.toString(o.priority().code()));
        text(w, "SphereOfPromulgation", o.sphereOfPromulgation());
        text(w, "TyperNotation", o.typerNotation());
        text(w, "PromulgationAmount", o.promulgationAmount() == null ? null : o.promulgationAmount().toString());
        text(w, "PageAmount", o.pageAmount() == null ? null : o.pageAmount().toString());
        if (!o.appendixes().isEmpty()) {
            start(w, "Appendixes");
            for (String appendix : o.appendixes()) {
                text(w, "Appendix", appendix);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void traceHeaderList(XMLStreamWriter w, TraceHeaderList t) throws XMLStreamException {
        if (t == null) {
            return;
        }
        start(w, "TraceHeaderList");
        for (TraceHeaderList.TraceHeader th : t.traceHeaders()) {
            start(w, "TraceHeader");
            text(w, "OrganId", th.organId().value());
            text(w, "Timestamp", EdxmlNames.TIMESTAMP.format(th.timestamp()));
            w.writeEndElement();
        }
        TraceHeaderList.Business b = t.business();
        if (b != null) {
            // QCVN 102:2016 spells these "Bussiness"; receivers match the spelling exactly
            start(w, "Bussiness");
            text(w, "BussinessDocType", Integer.toString(b.docType().code()));
            text(w, "BussinessDocReason", b.reason());
            text(w, "DocumentId", b.documentId());
            // order of the children as numbered 2.2.1–2.2.8 by implementations of QCVN 102:2016 (docs/notes/edxml.md)
            staffInfo(w, b.staffInfo());
            text(w, "Paper", Integer.toString(b.paper()));
            if (!b.replacements().isEmpty()) {
                start(w, "ReplacementInfoList");
                for (TraceHeaderList.ReplacementInfo r : b.replacements()) {
                    start(w, "ReplacementInfo");
                    text(w, "DocumentId", r.documentId());
                    start(w, "OrganIdList");
                    for (AgencyIdentifier organ : r.organIds()) {
                        text(w, "OrganId", organ.value());
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void organization(XMLStreamWriter w, String name, Organization o) throws XMLStreamException {
        start(w, name);
        text(w, "OrganId", o.organId().value());
        text(w, "OrganizationInCharge", o.organizationInCharge());
        text(w, "OrganName", o.organName());
        text(w, "OrganAdd", o.organAdd());
        text(w, "Email", o.email());
        text(w, "Telephone", o.telephone());
        text(w, "Fax", o.fax());
        text(w, "Website", o.website());
        w.writeEndElement();
    }

    private void responseFor(XMLStreamWriter w, ResponseFor r) throws XMLStreamException {
        start(w, "ResponseFor");
        text(w, "OrganId", r.organId() == null ? null : r.organId().value());
        text(w, "Code", r.code());
        date(w, "PromulgationDate", r.promulgationDate());
        text(w, "DocumentId", r.documentId());
        w.writeEndElement();
    }

    private void staffInfo(XMLStreamWriter w, StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        start(w, "StaffInfo");
        text(w, "Department", s.department());
        text(w, "Staff", s.staff());
        text(w, "Mobile", s.mobile());
        text(w, "Email", s.email());
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix(PREFIX, NS);
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "edXML");
            w.writeDefaultNamespace(NS);
            w.writeNamespace(PREFIX, NS);
            w.writeNamespace("xlink", EdxmlNames.XLINK);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write edXML", e);
        }
        return out.toByteArray();
    }

    private static void start(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement(PREFIX, name, NS);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(w, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void date(XMLStreamWriter w, String name, LocalDate value) throws XMLStreamException {
        text(w, name, value == null ? null : EdxmlNames.DATE.format(value));
    }
}
