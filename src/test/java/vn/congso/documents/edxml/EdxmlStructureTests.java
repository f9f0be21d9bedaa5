package vn.congso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The element names, namespace and order of what we send, against edXML as QCVN 102:2016
 * implementations exchange it (sources in docs/notes/edxml.md).
 */
class EdxmlStructureTests {

    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private final EdxmlWriter writer = new EdxmlWriter();

    @Test
    void envelopeHasTheStandardsElementsInOrder() throws Exception {
        Element root = parse(writer.write(EdxmlFixtures.decision(5)));

        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("edXML");
        assertThat(names(root)).containsExactly("edXMLEnvelope", "AttachmentEncoded");
        Element envelope = child(root, "edXMLEnvelope");
        assertThat(names(envelope)).containsExactly("edXMLHeader", "edXMLBody");
        Element header = child(envelope, "edXMLHeader");
        assertThat(names(header)).containsExactly("MessageHeader", "TraceHeaderList");

        Element message = child(header, "MessageHeader");
        assertThat(names(message)).containsExactly("From", "To", "Code", "PromulgationInfo", "DocumentType",
                "Subject", "Content", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "SteeringType", "DocumentId");
        assertThat(names(child(message, "From"))).containsExactly("OrganId", "OrganizationInCharge", "OrganName",
                "OrganAdd", "Email", "Telephone", "Website");
        assertThat(names(child(message, "Code"))).containsExactly("CodeNumber", "CodeNotation");
        assertThat(names(child(message, "PromulgationInfo"))).containsExactly("Place", "PromulgationDate");
        assertThat(names(child(message, "DocumentType"))).containsExactly("Type", "TypeName");
        assertThat(names(child(message, "SignerInfo"))).containsExactly("Competence", "Position", "FullName");
        assertThat(names(child(message, "ToPlaces"))).containsExactly("Place", "Place");
        assertThat(names(child(message, "OtherInfo"))).containsExactly("Priority", "SphereOfPromulgation",
                "TyperNotation", "PromulgationAmount", "PageAmount", "Appendixes");
        assertThat(names(child(child(message, "OtherInfo"), "Appendixes"))).containsExactly("Appendix");

        Element trace = child(header, "TraceHeaderList");
        assertThat(names(trace)).containsExactly("TraceHeader", "Bussiness");
        assertThat(names(child(trace, "TraceHeader"))).containsExactly("OrganId", "Timestamp");
        assertThat(names(child(trace, "Bussiness"))).containsExactly("BussinessDocType", "BussinessDocReason",
                "StaffInfo", "Paper");
        assertThat(names(child(child(trace, "Bussiness"), "StaffInfo"))).containsExactly("Department", "Staff",
                "Mobile", "Email");

        Element manifest = child(child(envelope, "edXMLBody"), "edXMLManifest");
        assertThat(manifest.getAttribute("version")).isEqualTo("1.0");
        Element reference = child(manifest, "Reference");
        assertThat(reference.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo("cid:qd-05");
        assertThat(names(reference)).containsExactly("ContentId", "ContentType", "AttachmentName", "Description");
        assertThat(names(child(child(root, "AttachmentEncoded"), "Attachment"))).containsExactly("ContentId",
                "AttachmentName", "ContentType", "Description", "ContentTransferEncoded");
    }

    @Test
    void replacementNamesTheReplacedDocumentAndWhereItWent() throws Exception {
        Envelope base = EdxmlFixtures.decision(6);
        Envelope replacement = new Envelope(base.header(), new TraceHeaderList(base.trace().traceHeaders(),
                new TraceHeaderList.Business(BusinessDocType.REPLACE, "Sai ngày hiệu lực", null, 0, null,
                        List.of(new TraceHeaderList.ReplacementInfo("000.00.01.H55,2026/11/19,04/QĐ-UBND",
                                List.of(EdxmlFixtures.BAO_LINH))))), base.attachments());

        byte[] xml = writer.write(replacement);
        Element business = child(child(child(child(parse(xml), "edXMLEnvelope"), "edXMLHeader"), "TraceHeaderList"),
                "Bussiness");

        assertThat(names(business)).containsExactly("BussinessDocType", "BussinessDocReason", "Paper",
                "ReplacementInfoList");
        assertThat(text(business, "BussinessDocType")).isEqualTo("3");
        Element info = child(child(business, "ReplacementInfoList"), "ReplacementInfo");
        assertThat(names(info)).containsExactly("DocumentId", "OrganIdList");
        assertThat(text(info, "DocumentId")).isEqualTo("000.00.01.H55,2026/11/19,04/QĐ-UBND");
        assertThat(text(child(info, "OrganIdList"), "OrganId")).isEqualTo("000.00.02.H55");
        assertThat(new EdxmlReader(1024 * 1024).readEnvelope(xml)).isEqualTo(replacement);
    }

    @Test
    void valuesUseTheStandardsFormats() throws Exception {
        Element message = child(child(child(parse(writer.write(EdxmlFixtures.decision(5))), "edXMLEnvelope"),
                "edXMLHeader"), "MessageHeader");

        assertThat(text(child(message, "Code"), "CodeNumber")).isEqualTo("05");
        assertThat(text(child(message, "Code"), "CodeNotation")).isEqualTo("QĐ-UBND");
        assertThat(text(child(message, "PromulgationInfo"), "PromulgationDate")).isEqualTo("2026/11/20");
        assertThat(text(message, "DueDate")).isEqualTo("2026/12/01");
        assertThat(text(child(message, "OtherInfo"), "Priority")).isEqualTo("1");
        assertThat(text(message, "DocumentId")).isEqualTo("000.00.02.H55,2026/11/20,05/QĐ-UBND");
    }

    @Test
    void statusMessageHasTheStandardsElementsInOrder() throws Exception {
        StatusEnvelope status = new StatusEnvelope(
                new ResponseFor(EdxmlFixtures.BAO_LINH, "05/QĐ-UBND", LocalDate.of(2026, 11, 20),
                        "000.00.02.H55,2026/11/20,05/QĐ-UBND"),
                Organization.of(EdxmlFixtures.THANH_DINH, "Ủy ban nhân dân xã Thanh Định"), StatusCode.REJECTED,
                "Thiếu tệp đính kèm", LocalDateTime.of(2026, 11, 20, 15, 4, 9), new StaffInfo("Văn phòng", "Lường Văn Thái", null, null));

        Element header = child(child(parse(writer.write(status)), "edXMLEnvelope"), "edXMLHeader");
        Element body = child(header, "Status");

        assertThat(names(body)).containsExactly("ResponseFor", "From", "StatusCode", "Description", "Timestamp", "StaffInfo");
        assertThat(names(child(body, "ResponseFor"))).containsExactly("OrganId", "Code", "PromulgationDate", "DocumentId");
        assertThat(text(body, "StatusCode")).isEqualTo("02");
        assertThat(text(body, "Timestamp")).isEqualTo("2026/11/20 15:04:09");
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<String> names(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertThat(e.getNamespaceURI()).as(e.getLocalName()).isEqualTo(NS);
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
