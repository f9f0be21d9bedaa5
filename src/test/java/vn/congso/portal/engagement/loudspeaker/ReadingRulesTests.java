package vn.congso.portal.engagement.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingRulesTests {

    private final ReadingRules rules = new ReadingRules();

    @Test
    void numbersAreReadTheVietnameseWay() {
        assertThat(rules.number(0)).isEqualTo("không");
        assertThat(rules.number(15)).isEqualTo("mười lăm");
        assertThat(rules.number(21)).isEqualTo("hai mươi mốt");
        assertThat(rules.number(105)).isEqualTo("một trăm lẻ năm");
        assertThat(rules.number(137)).isEqualTo("một trăm ba mươi bảy");
        assertThat(rules.number(2024)).isEqualTo("hai nghìn không trăm hai mươi tư");
        assertThat(rules.number(1_500_000)).isEqualTo("một triệu năm trăm nghìn");
    }

    @Test
    void abbreviationsNumberSymbolsAndDatesAreExpanded() {
        assertThat(rules.spoken("UBND xã triển khai Nghị định số 137/2024/NĐ-CP từ ngày 23/11/2026."))
                .isEqualTo("Ủy ban nhân dân xã triển khai Nghị định số một trăm ba mươi bảy năm hai nghìn không trăm "
                        + "hai mươi tư Nghị định của Chính phủ từ ngày hai mươi ba tháng mười một năm hai nghìn "
                        + "không trăm hai mươi sáu.");
        assertThat(rules.spoken("HĐND và MTTQ: 50% hộ dân")).isEqualTo("Hội đồng nhân dân và Mặt trận Tổ quốc: năm mươi phần trăm hộ dân");
        assertThat(rules.spoken("TTHC")).isEqualTo("thủ tục hành chính");
        assertThat(rules.spoken("UBNDX")).as("only whole words").isEqualTo("UBNDX");
    }
}
