package vn.congso.portal.legal.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.portal.legal.LegalError;
import vn.congso.portal.legal.TextInput;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.portal.legal.domain.StructureNode;
import vn.congso.shared.CongsoException;

/** Reads a pasted document and answers its header fields and body tree, for anyone (no data is kept). */
@RestController
@RequestMapping("/api/v1/legal-documents")
class LegalDocumentApiController {

    private final LegalTextParser parser = new LegalTextParser();
    private final MessageSource messages;

    LegalDocumentApiController(MessageSource messages) {
        this.messages = messages;
    }

    @PermitAll
    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ParseResponse parse(HttpServletRequest request, Locale locale) throws IOException {
        byte[] body = TextInput.readLimited(request.getInputStream());
        String text = TextInput.decode(body, charset(request));
        List<ParsedDocument> documents = parser.parse(text);
        if (documents.isEmpty()) {
            throw new CongsoException(LegalError.EMPTY_TEXT);
        }
        return new ParseResponse(documents.stream().map(d -> json(d, locale)).toList());
    }

    private static Charset charset(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new CongsoException(LegalError.NOT_TEXT, e);
        }
    }

    private DocumentJson json(ParsedDocument d, Locale locale) {
        return new DocumentJson(d.type() == null ? null : d.type().heading(), d.code(), d.number(), d.year(),
                d.issuer(), d.place(), d.issueDate() == null ? null : d.issueDate().toString(), d.summary(),
                d.signerName(), d.signerTitle(), d.count(StructureNode.Kind.CHAPTER), d.count(StructureNode.Kind.ARTICLE),
                d.structure().stream().map(LegalDocumentApiController::node).toList(),
                d.warnings().stream().map(w -> messages.getMessage(w.key(), w.arguments().toArray(), w.key(), locale)).toList());
    }

    private static NodeJson node(StructureNode n) {
        return new NodeJson(n.kind().name().toLowerCase(Locale.ROOT), n.label(), n.anchor(), n.heading(), n.citation(),
                n.paragraphs(), n.children().stream().map(LegalDocumentApiController::node).toList());
    }

    record ParseResponse(List<DocumentJson> documents) {
    }

    record DocumentJson(String type, String code, Integer number, Integer year, String issuer, String place,
                        String issueDate, String summary, String signerName, String signerTitle, long chapters,
                        long articles, List<NodeJson> structure, List<String> warnings) {
    }

    record NodeJson(String kind, String number, String anchor, String title, String citation, List<String> text,
                    List<NodeJson> children) {
    }
}
