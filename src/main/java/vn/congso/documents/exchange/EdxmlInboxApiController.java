package vn.congso.documents.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.documents.DocumentsProperties;
import vn.congso.documents.edxml.EdxmlWriter;
import vn.congso.documents.edxml.StatusCode;
import vn.congso.documents.edxml.StatusEnvelope;

/**
 * The inbox peers deliver edXML envelopes to. It answers with an edXML status message: 01 (đã
 * đến, HTTP 200) or 02 (từ chối tiếp nhận, HTTP 422) with the reason in Vietnamese.
 */
@RestController
class EdxmlInboxApiController {

    private final DocumentExchange exchange;
    private final EdxmlWriter writer;
    private final DocumentsProperties properties;

    EdxmlInboxApiController(DocumentExchange exchange, EdxmlWriter writer, DocumentsProperties properties) {
        this.exchange = exchange;
        this.writer = writer;
        this.properties = properties;
    }

    // Peers are systems without accounts: they are trusted by the peer list and, once the signing
    // module is wired in, by the envelope's signature (EnvelopeSigner#verify), not by a login.
    @PermitAll
    @PostMapping(path = OutboxDispatcher.INBOX_PATH,
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> receive(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // one byte more than allowed is enough for the reader to refuse an oversized envelope
            body = in.readNBytes((int) Math.min(properties.maxEnvelopeBytes() + 1, Integer.MAX_VALUE - 8));
        }
        StatusEnvelope status = exchange.receive(body);
        HttpStatus http = status.statusCode() == StatusCode.REJECTED ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
        return ResponseEntity.status(http).contentType(MediaType.APPLICATION_XML).body(writer.write(status));
    }
}
