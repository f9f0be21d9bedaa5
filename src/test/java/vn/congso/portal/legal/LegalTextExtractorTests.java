package vn.congso.portal.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.portal.legal.domain.StructureNode.Kind;
import vn.congso.shared.CongsoException;

class LegalTextExtractorTests {

    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private final LegalTextExtractor extractor = new LegalTextExtractor();
    private final LegalTextParser parser = new LegalTextParser();

    @Test
    void readsDecree42FromADocxFile() throws IOException {
        byte[] docx = docx(LegalFixtures.decree42());

        LegalTextExtractor.Extracted extracted = extractor.extract(docx, "nghi-dinh-42.docx");
        ParsedDocument decree = parser.parse(extracted.text()).get(0);

        assertThat(extracted.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(decree.code()).isEqualTo("42/2022/NĐ-CP");
        assertThat(decree.issueDate()).hasToString("2022-06-24");
        assertThat(decree.count(Kind.CHAPTER)).isEqualTo(5);
        assertThat(decree.count(Kind.ARTICLE)).isEqualTo(31);
        assertThat(decree.signerName()).isEqualTo("Vũ Đức Đam");
    }

    @Test
    void readsTheLetterAndDecree137FromAPdfWithAnEmbeddedFont() throws IOException {
        byte[] pdf = pdf(LegalFixtures.letterAndDecree137());

        LegalTextExtractor.Extracted extracted = extractor.extract(pdf, "cong-van.pdf");
        List<ParsedDocument> documents = parser.parse(extracted.text());

        assertThat(extracted.mediaType()).isEqualTo("application/pdf");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).issuer()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THANH ĐỊNH");
        assertThat(documents.get(0).number()).isNull();
        ParsedDocument decree = documents.get(1);
        assertThat(decree.code()).isEqualTo("137/2024/NĐ-CP");
        assertThat(decree.issueDate()).hasToString("2024-10-23");
        assertThat(decree.count(Kind.CHAPTER)).isEqualTo(5);
        assertThat(decree.count(Kind.ARTICLE)).isEqualTo(24);
        assertThat(decree.signerName()).isEqualTo("Nguyễn Hòa Bình");
    }

    @Test
    void refusesAFileWithoutText() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "trong.txt"))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(LegalError.EMPTY_TEXT));
        assertThatThrownBy(() -> extractor.extract(new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7}, "rac.bin"))
                .isInstanceOf(CongsoException.class);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** One line per source line, wrapped at the page width as a word processor would. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, new File(FONT));
            float size = 10;
            float width = PDRectangle.A4.getWidth() - 100;
            List<String> lines = new ArrayList<>();
            for (String source : text.split("\n")) {
                lines.addAll(wrap(source.strip(), font, size, width));
            }
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.setLeading(12.5f);
                    content.newLineAtOffset(50, PDRectangle.A4.getHeight() - 50);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
