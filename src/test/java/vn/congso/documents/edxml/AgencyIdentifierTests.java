package vn.congso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;

class AgencyIdentifierTests {

    @Test
    void acceptsTheFormV1V2V3Z1Z2Y1Y2MX1X2() {
        assertThat(AgencyIdentifier.of("000.00.01.H55").value()).isEqualTo("000.00.01.H55");
        assertThat(AgencyIdentifier.of(" 000.01.12.A01 ").value()).isEqualTo("000.01.12.A01");
    }

    @Test
    void refusesIdentifiersOfAnotherForm() {
        for (String wrong : new String[] {"", "H55", "000.00.01", "000.00.01.55", "000.00.01.h55", "00.00.01.H55",
                "000.00.01.H5", "000-00-01-H55", "000.00.01.H55.1"}) {
            assertThatThrownBy(() -> AgencyIdentifier.of(wrong)).as(wrong)
                    .isInstanceOf(CongsoException.class)
                    .extracting(e -> ((CongsoException) e).code()).isEqualTo(DocumentsError.INVALID_AGENCY_IDENTIFIER);
        }
        assertThatThrownBy(() -> AgencyIdentifier.of(null)).isInstanceOf(CongsoException.class);
    }
}
