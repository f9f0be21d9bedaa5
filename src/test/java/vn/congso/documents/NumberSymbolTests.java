package vn.congso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.congso.shared.CongsoException;

class NumberSymbolTests {

    @Test
    void typedDocumentCarriesTypeAbbreviationThenIssuer() {
        // NĐ30 Phụ lục I mục II.3 b: "Số: 05/QĐ-UBND"
        assertThat(NumberSymbol.of(5, DocumentType.DECISION, "UBND", null)).hasToString("05/QĐ-UBND");
        assertThat(NumberSymbol.of(21, DocumentType.PLAN, "UBND", null)).hasToString("21/KH-UBND");
        assertThat(NumberSymbol.of(3, DocumentType.REGULATION, "UBND", null)).hasToString("03/QyĐ-UBND");
        assertThat(NumberSymbol.of(7, DocumentType.SUBMISSION, "UBND", null)).hasToString("07/TTr-UBND");
    }

    @Test
    void officialLetterCarriesIssuerThenDraftingUnit() {
        assertThat(NumberSymbol.of(12, DocumentType.OFFICIAL_LETTER, "UBND", "VHXH")).hasToString("12/UBND-VHXH");
    }

    @Test
    void officialLetterWithoutDraftingUnitIsRefused() {
        assertThatThrownBy(() -> NumberSymbol.of(12, DocumentType.OFFICIAL_LETTER, "UBND", null))
                .isInstanceOf(CongsoException.class);
    }

    @Test
    void normativeDocumentCarriesTheYear() {
        assertThat(NumberSymbol.normative(137, 2024, "NĐ", "CP")).hasToString("137/2024/NĐ-CP");
        assertThat(NumberSymbol.normative(30, 2020, "NĐ", "CP").notation()).isEqualTo("2020/NĐ-CP");
    }

    @Test
    void numbersBelowTenHaveALeadingZero() {
        assertThat(Stream.of(1, 9, 10, 11, 99, 100, 1234).map(NumberSymbol::formatNumber))
                .containsExactly("01", "09", "10", "11", "99", "100", "1234");
    }

    @Test
    void numberAndNotationSplitAsEdxmlCodeNumberAndCodeNotation() {
        NumberSymbol symbol = NumberSymbol.of(5, DocumentType.DECISION, "UBND", null);
        assertThat(symbol.codeNumber()).isEqualTo("05");
        assertThat(symbol.notation()).isEqualTo("QĐ-UBND");
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("ĐKT", java.text.Normalizer.Form.NFD);
        assertThat(NumberSymbol.of(2, DocumentType.MINUTES, nfd, null).toString()).isEqualTo("02/BB-ĐKT");
    }

    @Test
    void zeroNumberAndSpacesAreRefused() {
        assertThatThrownBy(() -> NumberSymbol.of(0, DocumentType.DECISION, "UBND", null)).isInstanceOf(CongsoException.class);
        assertThatThrownBy(() -> NumberSymbol.of(1, DocumentType.DECISION, "UB ND", null)).isInstanceOf(CongsoException.class);
        assertThatThrownBy(() -> NumberSymbol.of(1, DocumentType.DECISION, "UBND/X", null)).isInstanceOf(CongsoException.class);
    }

    @Test
    void appendixThreeAbbreviations() {
        // NĐ30 Phụ lục III, mục I (bảng chữ viết tắt tên loại văn bản hành chính)
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Nghị quyết", "NQ"), Map.entry("Quyết định", "QĐ"), Map.entry("Chỉ thị", "CT"),
                Map.entry("Quy chế", "QC"), Map.entry("Quy định", "QyĐ"), Map.entry("Thông cáo", "TC"),
                Map.entry("Thông báo", "TB"), Map.entry("Hướng dẫn", "HD"), Map.entry("Chương trình", "CTr"),
                Map.entry("Kế hoạch", "KH"), Map.entry("Phương án", "PA"), Map.entry("Đề án", "ĐA"),
                Map.entry("Dự án", "DA"), Map.entry("Báo cáo", "BC"), Map.entry("Biên bản", "BB"),
                Map.entry("Tờ trình", "TTr"), Map.entry("Hợp đồng", "HĐ"), Map.entry("Công điện", "CĐ"),
                Map.entry("Bản ghi nhớ", "BGN"), Map.entry("Bản thỏa thuận", "BTT"), Map.entry("Giấy ủy quyền", "GUQ"),
                Map.entry("Giấy mời", "GM"), Map.entry("Giấy giới thiệu", "GGT"), Map.entry("Giấy nghỉ phép", "GNP"),
                Map.entry("Phiếu gửi", "PG"), Map.entry("Phiếu chuyển", "PC"), Map.entry("Phiếu báo", "PB"));
        Map<String, String> actual = Stream.of(DocumentType.values()).filter(t -> t.abbreviation().isPresent())
                .collect(Collectors.toMap(DocumentType::nameVi, t -> t.abbreviation().orElseThrow()));
        assertThat(actual).isEqualTo(expected);
        // NĐ30 Đ7: 29 kinds of administrative document, công văn and thư công without abbreviation
        assertThat(DocumentType.values()).hasSize(29);
        assertThat(DocumentType.OFFICIAL_LETTER.abbreviation()).isEmpty();
        assertThat(DocumentType.PUBLIC_LETTER.abbreviation()).isEmpty();
    }
}
