package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Published tax codes of well-known enterprises, and the same codes with one digit changed. */
class TaxCodeTests {

    @Test
    void acceptsPublishedTenDigitCodes() {
        assertThat(TaxCode.isValid("0100109106")).as("Viettel").isTrue();
        assertThat(TaxCode.isValid("0300588569")).as("Vinamilk").isTrue();
        assertThat(TaxCode.isValid("0314409058")).isTrue();
    }

    @Test
    void acceptsBranchCodes() {
        assertThat(TaxCode.isValid("0100109106-001")).isTrue();
        assertThat(TaxCode.isValid("0314409058-002")).isTrue();
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(TaxCode.isValid("0100109107")).isFalse();
        assertThat(TaxCode.isValid("0300588560")).isFalse();
        assertThat(TaxCode.isValid("0314409059-002")).isFalse();
    }

    @Test
    void refusesMalformedCodes() {
        assertThat(TaxCode.isValid("010010910")).as("9 digits").isFalse();
        assertThat(TaxCode.isValid("0100109106001")).as("branch without hyphen").isFalse();
        assertThat(TaxCode.isValid("0100109106-01")).isFalse();
        assertThat(TaxCode.isValid("0100109106-000")).as("branch 000").isFalse();
        assertThat(TaxCode.isValid("01001O9106")).isFalse();
        assertThat(TaxCode.isValid(null)).isFalse();
    }
}
