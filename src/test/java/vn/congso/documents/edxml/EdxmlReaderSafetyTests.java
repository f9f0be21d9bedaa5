package vn.congso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;

class EdxmlReaderSafetyTests {

    private final EdxmlWriter writer = new EdxmlWriter();
    private final EdxmlReader reader = new EdxmlReader(64 * 1024);

    @Test
    void malformedXmlIsRefusedWithAVietnameseReason() {
        CongsoException e = refusal("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXMLEnvelope>");

        assertThat(e.code()).isEqualTo(DocumentsError.EDXML_MALFORMED);
        assertThat(vietnamese(e)).startsWith("Gói tin edXML không đúng cú pháp XML");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE edXML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&secret;</edXML>
                """;
        CongsoException e = refusal(xxe);

        assertThat(e.code()).isEqualTo(DocumentsError.EDXML_DOCTYPE_FORBIDDEN);
        assertThat(vietnamese(e)).doesNotContain("root:").contains("DOCTYPE");
    }

    @Test
    void entityExpansionBombIsRefused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol2;</edXML>
                """;
        assertThat(refusal(bomb).code()).isEqualTo(DocumentsError.EDXML_DOCTYPE_FORBIDDEN);
    }

    @Test
    void oversizedEnvelopeIsRefusedBeforeParsing() {
        byte[] big = new byte[64 * 1024 + 1];
        CongsoException e = catchThrowableOfType(() -> reader.readEnvelope(big), CongsoException.class);

        assertThat(e.code()).isEqualTo(DocumentsError.EDXML_TOO_LARGE);
        assertThat(vietnamese(e)).contains("vượt quá dung lượng");
    }

    @Test
    void documentThatIsNotEdxmlIsRefused() {
        assertThat(refusal("<html><body>Xin chào</body></html>").code()).isEqualTo(DocumentsError.EDXML_NOT_EDXML);
    }

    @Test
    void missingDocumentIdIsRefusedNamingTheElement() {
        String xml = xml(EdxmlFixtures.decision(5)).replaceAll("<edXML:DocumentId>[^<]*</edXML:DocumentId>", "");
        CongsoException e = refusal(xml);

        assertThat(e.code()).isEqualTo(DocumentsError.EDXML_MISSING_ELEMENT);
        assertThat(vietnamese(e)).isEqualTo("Gói tin edXML thiếu thành phần bắt buộc MessageHeader/DocumentId.");
    }

    @Test
    void senderIdentifierOfTheWrongFormIsRefused() {
        String xml = xml(EdxmlFixtures.decision(5)).replaceFirst("<edXML:OrganId>000.00.02.H55<", "<edXML:OrganId>H55.02<");
        CongsoException e = refusal(xml);

        assertThat(e.code()).isEqualTo(DocumentsError.EDXML_INVALID_VALUE);
        assertThat(vietnamese(e)).contains("From/OrganId").contains("H55.02");
    }

    @Test
    void documentIdOfAnotherSenderIsRefused() {
        String xml = xml(EdxmlFixtures.decision(5)).replace(">000.00.02.H55,2026/11/20,", ">000.00.09.H55,2026/11/20,");
        assertThat(refusal(xml).code()).isEqualTo(DocumentsError.EDXML_INVALID_VALUE);
    }

    @Test
    void unknownPriorityIsRefused() {
        String xml = xml(EdxmlFixtures.decision(5)).replace("<edXML:Priority>1<", "<edXML:Priority>9<");
        CongsoException e = refusal(xml);

        assertThat(vietnamese(e)).isEqualTo("Giá trị của Priority trong gói tin edXML không hợp lệ: \"9\".");
    }

    @Test
    void attachmentListedButNotCarriedIsRefused() {
        String xml = xml(EdxmlFixtures.decision(5)).replaceAll("(?s)<edXML:AttachmentEncoded>.*</edXML:AttachmentEncoded>", "");
        assertThat(refusal(xml).code()).isEqualTo(DocumentsError.EDXML_MISSING_ELEMENT);
    }

    private String xml(Envelope envelope) {
        return new String(writer.write(envelope), StandardCharsets.UTF_8);
    }

    private CongsoException refusal(String xml) {
        return catchThrowableOfType(() -> reader.readEnvelope(xml.getBytes(StandardCharsets.UTF_8)), CongsoException.class);
    }

    static String vietnamese(CongsoException e) {
        Properties bundle = new Properties();
        try (var in = EdxmlReaderSafetyTests.class.getResourceAsStream("/messages/documents.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        return new MessageFormat(bundle.getProperty(e.code().messageKey()), new Locale("vi")).format(e.arguments());
    }
}
