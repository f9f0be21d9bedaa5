package vn.congso.portal.legal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;

/** Text of an uploaded file (plain text, DOCX, PDF with a text layer …) through Apache Tika's type detection. */
@Component
public class LegalTextExtractor {

    /** Upper bound of extracted characters; a legal document is far below it. */
    private static final int MAX_CHARACTERS = 20_000_000;

    private final AutoDetectParser tika = new AutoDetectParser();

    public Extracted extract(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new CongsoException(LegalError.EMPTY_TEXT);
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (InputStream in = new ByteArrayInputStream(content)) {
            tika.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new CongsoException(LegalError.UNREADABLE_FILE, e);
        }
        String text = VietnameseText.nfc(handler.toString());
        if (text.isBlank()) {
            throw new CongsoException(LegalError.UNREADABLE_FILE);
        }
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        return new Extracted(text.replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F]", ""),
                mediaType == null ? "application/octet-stream" : mediaType.split(";")[0].strip());
    }

    public record Extracted(String text, String mediaType) {
    }
}
