package vn.congso.portal.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congso.portal.legal.domain.LegalFixtures;
import vn.congso.portal.legal.domain.LegalTextParser;
import vn.congso.portal.legal.domain.ParsedDocument;
import vn.congso.portal.legal.domain.StructureNode.Kind;
import vn.congso.shared.CongsoException;

class LegalTextExtractorTests {

    private final LegalTextExtractor extractor = new LegalTextExtractor();
    private final LegalTextParser parser = new LegalTextParser();

    @Test
    void readsDecree42FromADocxFile() throws IOException {
        byte[] docx = LegalFixtures.docx(LegalFixtures.decree42());

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
        byte[] pdf = LegalFixtures.pdf(LegalFixtures.letterAndDecree137());

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
}
