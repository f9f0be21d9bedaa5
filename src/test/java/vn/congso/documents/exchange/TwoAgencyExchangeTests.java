package vn.congso.documents.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.CongsoApplication;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.documents.DocumentType;
import vn.congso.documents.IncomingDocumentManagement;
import vn.congso.documents.OutgoingDocumentManagement;
import vn.congso.documents.OutgoingDraft;
import vn.congso.documents.edxml.EdxmlReader;
import vn.congso.documents.edxml.Priority;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.persistence.IncomingRepository;
import vn.congso.identity.Role;
import vn.congso.signing.SigningManagement;
import vn.congso.testing.TestPostgres;

/**
 * Two congso installations side by side, each with its own database, key and agency identifier, each
 * the other's peer: Thanh Định (A, 000.00.01.H55) issues a letter to Bảo Linh (B, 000.00.02.H55) by edXML;
 * B registers, assigns and completes it; A sees every status (NĐ137 Đ9 k4, QCVN 102:2016).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoAgencyExchangeTests {

    static final String A_ID = "000.00.01.H55";
    static final String B_ID = "000.00.02.H55";

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startBothAgencies() throws Exception {
        int portA = freePort();
        int portB = freePort();
        Path certificates = Files.createTempDirectory("congso-peers");
        a = start("a", portA, B_ID, portB, certificates.resolve("b.cer"));
        b = start("b", portB, A_ID, portA, certificates.resolve("a.cer"));
        AgencyManagement agencyB = b.getBean(AgencyManagement.class);
        AgencyProfile p = agencyB.profile().orElseThrow();
        agencyB.updateProfile(new AgencyProfile("Ủy ban nhân dân xã Bảo Linh", p.nameEn(), p.parentName(), p.level(),
                p.adminUnitCode(), B_ID, "Xã Bảo Linh, huyện Định Hóa, tỉnh Thái Nguyên", p.phone(), "ubndbaolinh@thainguyen.gov.vn",
                "baolinh.dinhhoa.thainguyen.gov.vn", "Cổng số xã Bảo Linh", "Ủy ban nhân dân xã Bảo Linh", p.securityContactEmail(), p.securityContactPhone()));
        // each agency knows the other by the certificate it was given (configured files)
        Files.write(certificates.resolve("a.cer"), a.getBean(SigningManagement.class).agencyCertificate().getEncoded());
        Files.write(certificates.resolve("b.cer"), b.getBean(SigningManagement.class).agencyCertificate().getEncoded());
        // B's clerk validates A's signed PDFs (the signer's and the seal) against A's root as a trust anchor
        b.getBean(SigningManagement.class).addTrustAnchor(
                a.getBean(SigningManagement.class).trustRoot().getEncoded(), "admin");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    void letterIssuedByEdxmlIsRegisteredAssignedAndCompletedAndTheSenderSeesEveryStatus() throws Exception {
        OutgoingDocumentManagement outgoing = a.getBean(OutgoingDocumentManagement.class);
        long id = outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VHXH",
                "phối hợp tuyên truyền Nghị định số 137/2024/NĐ-CP", Priority.URGENT,
                List.of("Ủy ban nhân dân xã Bảo Linh."), List.of("Đề nghị UBND xã Bảo Linh phối hợp tuyên truyền."),
                List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phùng Văn Đăng",
                List.of(), List.of(B_ID), List.of()), "canbo");
        outgoing.submit(id, "canbo");
        outgoing.approve(id, "truongphong", Set.of(Role.HEAD), null);
        outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null);
        outgoing.sign(id, "lanhdao");
        outgoing.issue(id, "vanthu");

        dispatch(a);
        String sent = a.getBean(JdbcClient.class).sql("select envelope from documents_outbox where recipient_organ_id = ?")
                .param(B_ID).query(String.class).single();
        assertThat(a.getBean(JdbcClient.class).sql("select status_code from documents_outbox where recipient_organ_id = ?")
                .param(B_ID).query(String.class).single()).isEqualTo("01");

        // at-least-once delivery: the same envelope again is acknowledged and not recorded twice
        HttpResponse<String> again = post(b, "/api/v1/edxml/inbox", sent);
        assertThat(again.statusCode()).isEqualTo(200);
        IncomingDocumentManagement incoming = b.getBean(IncomingDocumentManagement.class);
        List<IncomingRepository.Arrived> arrived = incoming.awaitingRegistration();
        assertThat(arrived).hasSize(1);

        IncomingRepository.Row registered = incoming.registerArrived(arrived.get(0).envelopeId(), "vanthu");
        assertThat(registered.state()).isEqualTo("REGISTERED");
        assertThat(registered.incomingNumber()).isEqualTo(1);
        dispatch(b);
        assertThat(codes(outgoing, id)).containsExactly("03");

        incoming.assign(registered.id(), "VHXH", "canbo", "Giao phòng VHXH chủ trì, báo cáo kết quả.",
                LocalDate.now().plusDays(5), "lanhdao");
        incoming.startProcessing(registered.id(), "canbo");
        incoming.complete(registered.id(), "Đã đăng tải trên Trang thông tin điện tử.", "canbo");
        dispatch(b);
        assertThat(codes(outgoing, id)).containsExactly("03", "04", "05", "06");
        assertThat(incoming.statistics()).anySatisfy(s -> {
            assertThat(s.department()).isEqualTo("VHXH");
            assertThat(s.completedOnTime()).isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void recalledDocumentIsCancelledAtTheRecipientAndAReplacementIsLinkedToWhatItReplaces() throws Exception {
        OutgoingDocumentManagement outgoing = a.getBean(OutgoingDocumentManagement.class);
        IncomingDocumentManagement incoming = b.getBean(IncomingDocumentManagement.class);
        long recalled = issued(outgoing, "mời họp giao ban tháng 12");
        long wrong = issued(outgoing, "kế hoạch trực Tết (bản có sai sót)");
        dispatch(a);
        IncomingRepository.Row recalledThere = registerTheOnlyArrival(incoming, "mời họp giao ban tháng 12");
        IncomingRepository.Row wrongThere = registerTheOnlyArrival(incoming, "kế hoạch trực Tết (bản có sai sót)");
        dispatch(b);

        // NĐ30 Đ18: A recalls; A's internal recipients see it recalled, B cancels its incoming copy
        outgoing.recall(recalled, "Hoãn cuộc họp, sẽ có giấy mời sau.", "vanthu");
        dispatch(a);
        assertThat(outgoing.document(recalled).state()).isEqualTo("RECALLED");
        assertThat(outgoing.deliveries(recalled)).filteredOn(d -> d.channel().equals("INTERNAL"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.state()).isEqualTo("RECALLED"));
        assertThat(incoming.document(recalledThere.id()).state()).isEqualTo("RECALLED");
        assertThat(incoming.document(recalledThere.id()).recallReason()).isEqualTo("Hoãn cuộc họp, sẽ có giấy mời sau.");
        assertThat(incoming.awaitingRegistration()).isEmpty();

        // a replacement of the same form, issued with its own number; B marks the old one and links the new one
        long replacement = drafted(outgoing, "kế hoạch trực Tết");
        outgoing.replaceWith(replacement, wrong, "Sai ngày trực trong kế hoạch.", "canbo");
        approveSignIssue(outgoing, replacement);
        dispatch(a);
        assertThat(outgoing.document(wrong).state()).isEqualTo("REPLACED");
        String sent = a.getBean(JdbcClient.class).sql("""
                select envelope from documents_outbox where recipient_organ_id = ? and envelope like '%Sai ngày trực%'""")
                .param(B_ID).query(String.class).single();
        var envelope = a.getBean(EdxmlReader.class).readEnvelope(sent.getBytes(StandardCharsets.UTF_8));
        assertThat(envelope.trace().business().docType()).isEqualTo(vn.congso.documents.edxml.BusinessDocType.REPLACE);
        assertThat(envelope.trace().business().replacements()).singleElement()
                .satisfies(r -> assertThat(r.documentId()).isEqualTo(wrongThere.documentId()));
        assertThat(incoming.document(wrongThere.id()).state()).isEqualTo("REPLACED");
        assertThat(incoming.document(wrongThere.id()).replacedByDocumentId()).isEqualTo(envelope.documentId());
        IncomingRepository.Row replacementThere = registerTheOnlyArrival(incoming, "kế hoạch trực Tết");
        assertThat(replacementThere.replacesDocumentId()).isEqualTo(wrongThere.documentId());

        // the recall delivered again (at least once) changes nothing more
        String recall = a.getBean(JdbcClient.class).sql("""
                select envelope from documents_outbox where recipient_organ_id = ? and envelope like '%Hoãn cuộc họp%'""")
                .param(B_ID).query(String.class).single();
        assertThat(post(b, "/api/v1/edxml/inbox", recall).statusCode()).isEqualTo(200);
        assertThat(b.getBean(JdbcClient.class).sql("select count(*) from documents_incoming_envelope where document_id = ?")
                .param(recalledThere.documentId()).query(Integer.class).single()).isEqualTo(2);
    }

    private static long drafted(OutgoingDocumentManagement outgoing, String subject) {
        return outgoing.compose(new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "VP", subject, Priority.NORMAL,
                List.of("Ủy ban nhân dân xã Bảo Linh."), List.of("Nội dung " + subject + "."), List.of("- Như trên;"), "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH", "Phùng Văn Đăng", List.of("VP"), List.of(B_ID), List.of()), "canbo");
    }

    private static long issued(OutgoingDocumentManagement outgoing, String subject) {
        long id = drafted(outgoing, subject);
        approveSignIssue(outgoing, id);
        return id;
    }

    private static void approveSignIssue(OutgoingDocumentManagement outgoing, long id) {
        outgoing.submit(id, "canbo");
        outgoing.approve(id, "truongphong", Set.of(Role.HEAD), null);
        outgoing.approve(id, "lanhdao", Set.of(Role.LEADER), null);
        outgoing.sign(id, "lanhdao");
        outgoing.issue(id, "vanthu");
    }

    private static IncomingRepository.Row registerTheOnlyArrival(IncomingDocumentManagement incoming, String subject) {
        IncomingRepository.Arrived arrived = incoming.awaitingRegistration().stream()
                .filter(x -> x.subject().equals(subject)).findFirst().orElseThrow();
        return incoming.registerArrived(arrived.envelopeId(), "vanthu");
    }

    @Test
    @Order(3)
    void tamperedEnvelopeIsRefusedWithInvalidSignature() throws Exception {
        String signed = new String(a.getBean(SigningManagement.class).signXml(
                a.getBean(vn.congso.documents.edxml.EdxmlWriter.class).write(
                        vn.congso.documents.edxml.EdxmlFixtures.decision(
                                vn.congso.documents.edxml.AgencyIdentifier.of(A_ID),
                                vn.congso.documents.edxml.AgencyIdentifier.of(B_ID), 77))), StandardCharsets.UTF_8);
        String tampered = signed.replace("phối hợp tổ chức", "không phối hợp tổ chức");
        assertThat(tampered).isNotEqualTo(signed);

        HttpResponse<String> answer = post(b, "/api/v1/edxml/inbox", tampered);

        assertThat(answer.statusCode()).isEqualTo(422);
        var status = b.getBean(EdxmlReader.class).readStatus(answer.body().getBytes(StandardCharsets.UTF_8));
        assertThat(status.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(status.description()).startsWith("Chữ ký không hợp lệ");
        assertThat(post(b, "/api/v1/edxml/inbox", signed).statusCode()).isEqualTo(200);
    }

    private static List<String> codes(OutgoingDocumentManagement outgoing, long id) {
        return outgoing.exchangeStatuses(id).stream().map(s -> s.statusCode()).toList();
    }

    private static void dispatch(ConfigurableApplicationContext context) {
        context.getBean(OutboxDispatcher.class).dispatchDue();
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext context, String path, String xml)
            throws IOException, InterruptedException {
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static ConfigurableApplicationContext start(String name, int port, String peerId, int peerPort,
                                                        Path peerCertificate) {
        TestPostgres postgres = TestPostgres.get();
        String url = postgres.createDatabase("congso_" + name);
        return new SpringApplicationBuilder(CongsoApplication.class).profiles("test").run(
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--congso.data-dir=target/test-data-" + name + "-" + UUID.randomUUID(),
                "--congso.public-url=http://127.0.0.1:" + port,
                "--congso.documents.peers[" + peerId + "]=http://127.0.0.1:" + peerPort,
                "--congso.documents.peer-certificates[" + peerId + "]=" + peerCertificate,
                "--congso.documents.require-signed-envelopes=true");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
