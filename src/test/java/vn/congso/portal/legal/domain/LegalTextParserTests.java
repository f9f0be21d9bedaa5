package vn.congso.portal.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.congso.portal.legal.domain.StructureNode.Kind;

class LegalTextParserTests {

    private final LegalTextParser parser = new LegalTextParser();

    @Test
    void findsTheLetterAndTheDecreeItForwardsInOneFile() {
        List<ParsedDocument> documents = parser.parse(LegalFixtures.letterAndDecree137());

        assertThat(documents).extracting(ParsedDocument::type)
                .containsExactly(DocumentType.OFFICIAL_LETTER, DocumentType.DECREE);
    }

    @Test
    void readsTheUnnumberedLetterWithoutInventingNumberOrDay() {
        ParsedDocument letter = parser.parse(LegalFixtures.letterAndDecree137()).get(0);

        assertThat(letter.issuer()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THANH ĐỊNH");
        assertThat(letter.code()).isEqualTo("/UBND-VHXH");
        assertThat(letter.number()).isNull();
        assertThat(letter.year()).isNull();
        assertThat(letter.numberSymbol().symbol()).isEqualTo("UBND-VHXH");
        assertThat(letter.place()).isEqualTo("Thanh Định");
        assertThat(letter.issueDate()).isNull();
        assertThat(letter.summary()).startsWith("tuyên truyền Nghị định số 137/2024/NĐ-CP ngày 23/10/2024")
                .endsWith("hệ thống thông tin phục vụ giao dịch điện tử");
        assertThat(letter.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(letter.signerName()).isEqualTo("Phùng Văn Đăng");
        assertThat(letter.signerCapacity()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(letter.warnings()).extracting(ParseWarning::key)
                .contains("legal.warning.no-number", "legal.warning.no-day");
    }

    @Test
    void readsTheNumberedParagraphsOfTheLetterAsClauses() {
        ParsedDocument letter = parser.parse(LegalFixtures.letterAndDecree137()).get(0);

        assertThat(letter.structure()).extracting(StructureNode::anchor).containsExactly("khoan-1", "khoan-2");
        assertThat(letter.structure().get(0).paragraphs().get(0)).startsWith("Công chức Văn hóa-xã hội: Đăng tải");
        assertThat(letter.preamble()).first().isEqualTo("Kính gửi:");
    }

    @Test
    void readsTheHeaderOfDecree137() {
        ParsedDocument decree = parser.parse(LegalFixtures.letterAndDecree137()).get(1);

        assertThat(decree.issuer()).isEqualTo("CHÍNH PHỦ");
        assertThat(decree.code()).isEqualTo("137/2024/NĐ-CP");
        assertThat(decree.number()).isEqualTo(137);
        assertThat(decree.year()).isEqualTo(2024);
        assertThat(decree.place()).isEqualTo("Hà Nội");
        assertThat(decree.issueDate()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(decree.summary()).isEqualTo("Quy định về giao dịch điện tử của cơ quan nhà nước và hệ thống "
                + "thông tin phục vụ giao dịch điện tử");
        assertThat(decree.signerCapacity()).isEqualTo("TM. CHÍNH PHỦ / KT. THỦ TƯỚNG");
        assertThat(decree.signerTitle()).isEqualTo("PHÓ THỦ TƯỚNG");
        assertThat(decree.signerName()).isEqualTo("Nguyễn Hòa Bình");
        assertThat(decree.warnings()).isEmpty();
    }

    @Test
    void decree137HasFiveChaptersAndTwentyFourArticles() {
        ParsedDocument decree = parser.parse(LegalFixtures.letterAndDecree137()).get(1);

        assertThat(decree.count(Kind.CHAPTER)).isEqualTo(5);
        assertThat(decree.count(Kind.ARTICLE)).isEqualTo(24);
        assertThat(decree.structure()).extracting(StructureNode::heading).containsExactly("NHỮNG QUY ĐỊNH CHUNG",
                "CHUYỂN ĐỔI HÌNH THỨC GIỮA VĂN BẢN GIẤY VÀ THÔNG ĐIỆP DỮ LIỆU",
                "HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC TRÊN MÔI TRƯỜNG ĐIỆN TỬ",
                "HỆ THỐNG THÔNG TIN PHỤC VỤ GIAO DỊCH ĐIỆN TỬ", "ĐIỀU KHOẢN THI HÀNH");
    }

    @Test
    void pointsWrittenWithADashAndTheLetterDdGetStableAnchors() {
        ParsedDocument decree = parser.parse(LegalFixtures.letterAndDecree137()).get(1);

        StructureNode clause2 = node(decree, "dieu-4-khoan-2").orElseThrow();
        assertThat(clause2.children()).extracting(StructureNode::anchor).containsExactly("dieu-4-khoan-2-diem-a",
                "dieu-4-khoan-2-diem-b", "dieu-4-khoan-2-diem-c", "dieu-4-khoan-2-diem-d", "dieu-4-khoan-2-diem-dd");
        StructureNode pointDd = clause2.children().get(4);
        assertThat(pointDd.label()).isEqualTo("đ");
        assertThat(pointDd.paragraphs().get(0)).startsWith("Trường hợp chuyển đổi thông điệp dữ liệu từ văn bản giấy");
        assertThat(pointDd.citation()).isEqualTo("điểm đ khoản 2 Điều 4 Nghị định 137/2024/NĐ-CP");
        assertThat(node(decree, "dieu-21-khoan-2-diem-e")).isPresent();
    }

    @Test
    void everyUnitCarriesItsCitation() {
        ParsedDocument decree = parser.parse(LegalFixtures.letterAndDecree137()).get(1);

        assertThat(node(decree, "dieu-4-khoan-1-diem-a").orElseThrow().citation())
                .isEqualTo("điểm a khoản 1 Điều 4 Nghị định 137/2024/NĐ-CP");
        assertThat(node(decree, "dieu-22").orElseThrow().citation()).isEqualTo("Điều 22 Nghị định 137/2024/NĐ-CP");
        assertThat(node(decree, "chuong-ii").orElseThrow().citation()).isEqualTo("Chương II Nghị định 137/2024/NĐ-CP");
    }

    @Test
    void anchorsAreUniqueWithinADocument() {
        for (ParsedDocument document : parser.parse(LegalFixtures.letterAndDecree137() + LegalFixtures.decree42())) {
            List<String> anchors = document.nodes().map(StructureNode::anchor).toList();
            assertThat(anchors).doesNotHaveDuplicates();
        }
    }

    @Test
    void decree42HasFiveChaptersThreeSectionsAndThirtyOneArticles() {
        List<ParsedDocument> documents = parser.parse(LegalFixtures.decree42());

        assertThat(documents).hasSize(1);
        ParsedDocument decree = documents.get(0);
        assertThat(decree.code()).isEqualTo("42/2022/NĐ-CP");
        assertThat(decree.issuer()).isEqualTo("CHÍNH PHỦ");
        assertThat(decree.issueDate()).isEqualTo(LocalDate.of(2022, 6, 24));
        assertThat(decree.count(Kind.CHAPTER)).isEqualTo(5);
        assertThat(decree.count(Kind.SECTION)).isEqualTo(3);
        assertThat(decree.count(Kind.ARTICLE)).isEqualTo(31);
        assertThat(decree.signerName()).isEqualTo("Vũ Đức Đam");
        assertThat(decree.signerTitle()).isEqualTo("PHÓ THỦ TƯỚNG");
    }

    @Test
    void articleGluedToTheChapterTitleInTheSourceStillStartsItsOwnArticle() {
        ParsedDocument decree = parser.parse(LegalFixtures.decree42()).get(0);

        StructureNode chapter5 = node(decree, "chuong-v").orElseThrow();
        assertThat(chapter5.heading()).isEqualTo("TỔ CHỨC THỰC HIỆN");
        assertThat(chapter5.children().get(0).anchor()).isEqualTo("dieu-27");
        assertThat(chapter5.children().get(0).heading()).isEqualTo("Trách nhiệm của Bộ Thông tin và Truyền thông");
        assertThat(node(decree, "chuong-iv-muc-2").orElseThrow().heading()).isEqualTo("BẢO ĐẢM KINH PHÍ");
    }

    @Test
    void theNameOfTheStateInsideASentenceDoesNotStartANewDocument() {
        ParsedDocument decree = parser.parse(LegalFixtures.decree42()).get(0);

        assertThat(node(decree, "dieu-4-khoan-1-diem-b").orElseThrow().paragraphs().get(0))
                .contains("Cộng hòa xã hội chủ nghĩa Việt Nam là thành viên");
    }

    @Test
    void decomposedInputParsesExactlyLikeComposedInput() {
        String composed = LegalFixtures.letterAndDecree137();
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(parser.parse(decomposed)).isEqualTo(parser.parse(composed));
    }

    @Test
    void readsWhenEachDecreeTakesEffect() {
        // NĐ137 Đ22 k1: "kể từ ngày ký ban hành"; NĐ42 Đ30 k1: "từ ngày 15 tháng 8 năm 2022"
        assertThat(parser.parse(LegalFixtures.letterAndDecree137()).get(1).effectiveDate()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(parser.parse(LegalFixtures.decree42()).get(0).effectiveDate()).isEqualTo(LocalDate.of(2022, 8, 15));
        assertThat(parser.parse(LegalFixtures.letterAndDecree137()).get(0).effectiveDate()).isNull();
    }

    @Test
    void emptyTextHoldsNoDocument() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse(" \n\n\t ")).isEmpty();
    }

    @Test
    void textWithoutHeaderGivesNullFieldsAndWarningsInsteadOfGuesses() {
        List<ParsedDocument> documents = parser.parse("Điều 1. Phạm vi\n1. Văn bản này quy định về thử nghiệm.\n");

        assertThat(documents).hasSize(1);
        ParsedDocument fragment = documents.get(0);
        assertThat(fragment.issuer()).isNull();
        assertThat(fragment.code()).isNull();
        assertThat(fragment.issueDate()).isNull();
        assertThat(fragment.type()).isNull();
        assertThat(fragment.count(Kind.ARTICLE)).isEqualTo(1);
        assertThat(fragment.warnings()).extracting(ParseWarning::key)
                .contains("legal.warning.no-motto", "legal.warning.no-code", "legal.warning.no-place-date",
                        "legal.warning.no-type", "legal.warning.no-signer");
    }

    @Test
    void anImpossibleDateIsAWarningNotAnInventedDate() {
        String text = "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 1/2024/NĐ-CP\nHà Nội, ngày 31 tháng 02 năm 2024\nNGHỊ ĐỊNH\nVề thử nghiệm\n\nĐiều 1. Thử\n";
        ParsedDocument document = parser.parse(text).get(0);

        assertThat(document.issueDate()).isNull();
        assertThat(document.place()).isEqualTo("Hà Nội");
        assertThat(document.warnings()).extracting(ParseWarning::key).contains("legal.warning.invalid-date");
    }

    @Test
    void oneHugeLineIsReadWithoutFailing() {
        String line = "Nội dung rất dài ".repeat(200_000);

        List<ParsedDocument> documents = parser.parse(line);

        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).warnings()).extracting(ParseWarning::key).contains("legal.warning.no-motto");
    }

    static Optional<StructureNode> node(ParsedDocument document, String anchor) {
        return document.nodes().filter(n -> n.anchor().equals(anchor)).findFirst();
    }
}
