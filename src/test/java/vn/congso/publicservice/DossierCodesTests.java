package vn.congso.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.congso.shared.CongsoException;

/** The code's form (TT 01/2018/TT-VPCP Đ19 k1); numbering under concurrency is in {@code ReceiptDeskTests}. */
class DossierCodesTests {

    @Test
    void codeHasTheCircularFormWithTheDateInVietnamTime() {
        // 17:30 UTC on 15/7/2025 is 00:30 on 16/7 in Hà Nội
        assertThat(DossierCodes.day("000.00.01.H41", Instant.parse("2025-07-15T17:30:00Z")).code(1).value())
                .isEqualTo("000.00.01.H41-250716-0001");
        assertThat(DossierCodes.day("000.00.01.H41", Instant.parse("2025-07-16T16:59:59Z")).code(27).value())
                .isEqualTo("000.00.01.H41-250716-0027");
        assertThat(DossierCodes.day("000.00.01.H41", Instant.parse("2025-07-16T17:00:00Z")).code(1).value())
                .isEqualTo("000.00.01.H41-250717-0001");
    }

    @Test
    void eachReceivingUnitHasItsOwnDay() {
        Instant at = Instant.parse("2025-08-01T02:00:00Z");
        assertThat(DossierCodes.day("000.00.02.H41", at)).isNotEqualTo(DossierCodes.day("000.00.03.H41", at));
        assertThat(DossierCodes.day("000.00.03.H41", at).code(1).value()).isEqualTo("000.00.03.H41-250801-0001");
    }

    @Test
    void theDaysNumberHasFourDigits() {
        DossierCodes.CodeDay day = DossierCodes.day("000.00.01.H41", Instant.parse("2025-09-10T03:00:00Z"));
        assertThat(day.code(9999).value()).endsWith("-9999");
        assertThatThrownBy(() -> day.code(10000)).isInstanceOfSatisfying(CongsoException.class,
                e -> assertThat(e.code()).isEqualTo(PublicServiceError.DOSSIER_SEQUENCE_EXHAUSTED));
    }
}
