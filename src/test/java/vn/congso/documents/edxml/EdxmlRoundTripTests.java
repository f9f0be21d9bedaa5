package vn.congso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.documents.edxml.EdxmlFixtures.BAO_LINH;
import static vn.congso.documents.edxml.EdxmlFixtures.THANH_DINH;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdxmlRoundTripTests {

    private final EdxmlWriter writer = new EdxmlWriter();
    private final EdxmlReader reader = new EdxmlReader(20 * 1024 * 1024);

    @Test
    void envelopeSurvivesSerialisationAndParsing() {
        Envelope sent = EdxmlFixtures.decision(5);

        Envelope received = reader.readEnvelope(writer.write(sent));

        assertThat(received).isEqualTo(sent);
        assertThat(received.header().code()).hasToString("05/QĐ-UBND");
        assertThat(received.documentId()).isEqualTo("000.00.02.H55,2026/11/20,05/QĐ-UBND");
        assertThat(received.attachments().get(0).content())
                .isEqualTo("%PDF-1.7 nội dung thử nghiệm".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyPriorityAndBusinessTypeSurvives() {
        for (Priority priority : Priority.values()) {
            for (BusinessDocType type : BusinessDocType.values()) {
                Envelope base = EdxmlFixtures.decision(7);
                MessageHeader h = base.header();
                MessageHeader.OtherInfo other = new MessageHeader.OtherInfo(priority, null, null, null, null, List.of());
                Envelope sent = new Envelope(new MessageHeader(h.from(), h.to(), h.code(), h.promulgation(),
                        h.documentType(), h.subject(), null, null, null, List.of(), other,
                        List.of(new ResponseFor(THANH_DINH, "12/UBND-VHXH", LocalDate.of(2026, 11, 2),
                                "000.00.01.H55,2026/11/02,12/UBND-VHXH")), 1, h.documentId()),
                        new TraceHeaderList(base.trace().traceHeaders(),
                                new TraceHeaderList.Business(type, "Thay thế do sai sót trích yếu", 1, null)),
                        List.of());

                assertThat(reader.readEnvelope(writer.write(sent))).isEqualTo(sent);
            }
        }
    }

    @Test
    void decomposedVietnameseIsReadComposed() {
        String nfd = Normalizer.normalize("Về việc tổ chức Tết Nguyên đán", Normalizer.Form.NFD);
        Envelope base = EdxmlFixtures.decision(9);
        MessageHeader h = base.header();
        Envelope sent = new Envelope(new MessageHeader(h.from(), h.to(), h.code(), h.promulgation(), h.documentType(),
                nfd, h.content(), h.signer(), h.dueDate(), h.toPlaces(), h.otherInfo(), h.responseFor(),
                h.steeringType(), h.documentId()), base.trace(), base.attachments());

        assertThat(reader.readEnvelope(writer.write(sent)).header().subject()).isEqualTo("Về việc tổ chức Tết Nguyên đán");
    }

    @Test
    void statusMessagesSurvive() {
        ResponseFor about = new ResponseFor(BAO_LINH, "05/QĐ-UBND", LocalDate.of(2026, 11, 20),
                "000.00.02.H55,2026/11/20,05/QĐ-UBND");
        for (StatusCode code : StatusCode.values()) {
            StatusEnvelope sent = new StatusEnvelope(about, Organization.of(THANH_DINH, "Ủy ban nhân dân xã Thanh Định"),
                    code, code == StatusCode.REJECTED ? "Văn bản thiếu chữ ký số" : null,
                    LocalDateTime.of(2026, 11, 20, 15, 0, 0),
                    new StaffInfo("Văn phòng - Thống kê", "Lường Văn Thái", null, null));

            StatusEnvelope received = reader.readStatus(writer.write(sent));

            assertThat(received).isEqualTo(sent);
        }
    }

    @Test
    void statusCodesAreTheTwoDigitCodesOfTheStandard() {
        assertThat(List.of(StatusCode.values()).stream().map(StatusCode::code))
                .containsExactly("01", "02", "03", "04", "05", "06");
    }
}
