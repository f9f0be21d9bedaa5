package vn.congso.documents.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congso.documents.edxml.AgencyIdentifier;
import vn.congso.documents.edxml.EdxmlFixtures;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.EdxmlWriter;
import vn.congso.documents.edxml.Envelope;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;
import vn.congso.documents.persistence.IncomingEnvelopeRepository;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class EdxmlInboxApiControllerTests {

    private static final String INBOX = "/api/v1/edxml/inbox";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EdxmlWriter writer;

    @Autowired
    EdxmlReader reader;

    @Autowired
    IncomingEnvelopeRepository incoming;

    @Autowired
    JdbcClient jdbc;

    @Test
    void envelopeFromAPeerIsAcknowledgedAsArrived() {
        Envelope envelope = EdxmlFixtures.decision(101);

        ResponseEntity<byte[]> answer = post(writer.write(envelope));
        StatusEnvelope status = reader.readStatus(answer.getBody());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(status.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(status.responseFor().documentId()).isEqualTo("000.00.02.H55,2026/11/20,101/QĐ-UBND");
        assertThat(status.from().organId()).isEqualTo(EdxmlFixtures.THANH_DINH);
        assertThat(status.from().organName()).isEqualTo("Ủy ban nhân dân xã Thanh Định");
        assertThat(incoming.countByDocumentId(envelope.documentId())).isEqualTo(1);
    }

    @Test
    void sameDocumentDeliveredTwiceIsRecordedOnce() {
        byte[] xml = writer.write(EdxmlFixtures.decision(102));

        StatusEnvelope first = reader.readStatus(post(xml).getBody());
        StatusEnvelope second = reader.readStatus(post(xml).getBody());

        assertThat(first.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(second.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(incoming.countByDocumentId("000.00.02.H55,2026/11/20,102/QĐ-UBND")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'documents.envelope-received' and object_id = ?")
                .param("000.00.02.H55,2026/11/20,102/QĐ-UBND").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void malformedEnvelopeIsRefusedWithTheReasonInVietnamese() {
        byte[] xml = new String(writer.write(EdxmlFixtures.decision(103)), StandardCharsets.UTF_8)
                .replace("</edXML:MessageHeader>", "").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<byte[]> answer = post(xml);
        StatusEnvelope status = reader.readStatus(answer.getBody());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(status.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(status.description()).startsWith("Gói tin edXML không đúng cú pháp XML");
        assertThat(incoming.countByDocumentId("000.00.02.H55,2026/11/20,103/QĐ-UBND")).isZero();
    }

    @Test
    void envelopeFromAnAgencyThatIsNotAPeerIsRefused() {
        AgencyIdentifier stranger = AgencyIdentifier.of("000.00.07.H55");
        Envelope envelope = EdxmlFixtures.decision(stranger, EdxmlFixtures.THANH_DINH, 104);

        ResponseEntity<byte[]> answer = post(writer.write(envelope));
        StatusEnvelope status = reader.readStatus(answer.getBody());

        assertThat(status.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(status.description())
                .isEqualTo("Cơ quan gửi 000.00.07.H55 không có trong danh sách cơ quan liên thông.");
        assertThat(status.responseFor().documentId()).isEqualTo(envelope.documentId());
        assertThat(incoming.countByDocumentId(envelope.documentId())).isZero();
    }

    @Test
    void envelopeAddressedToAnotherAgencyIsRefused() {
        Envelope envelope = EdxmlFixtures.decision(EdxmlFixtures.BAO_LINH, AgencyIdentifier.of("000.00.03.H55"), 105);

        StatusEnvelope status = reader.readStatus(post(writer.write(envelope)).getBody());

        assertThat(status.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(status.description()).isEqualTo("Gói tin không gửi đến cơ quan này (000.00.01.H55).");
    }

    @Test
    void envelopeWithExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>";

        StatusEnvelope status = reader.readStatus(post(xxe.getBytes(StandardCharsets.UTF_8)).getBody());

        assertThat(status.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(status.description()).contains("DOCTYPE");
    }

    @Test
    void nonXmlBodyIsAnUnsupportedMediaTypeProblem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.postForEntity(INBOX, new HttpEntity<>("{}", headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    private ResponseEntity<byte[]> post(byte[] xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return http.postForEntity(INBOX, new HttpEntity<>(xml, headers), byte[].class);
    }
}
