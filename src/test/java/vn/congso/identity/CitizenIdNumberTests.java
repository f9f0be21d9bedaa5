package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

/** Expectations from TT59/2021/TT-BCA: province code (Phụ lục I), century-and-sex digit, year of birth. */
class CitizenIdNumberTests {

    private static final Year NOW = Year.of(2026);

    @Test
    void acceptsNumbersOfTheRightForm() {
        assertThat(CitizenIdNumber.isValid("001099012345", NOW)).as("Hà Nội, man born 1999").isTrue();
        assertThat(CitizenIdNumber.isValid("019185000123", NOW)).as("Thái Nguyên, woman born 1985").isTrue();
        assertThat(CitizenIdNumber.isValid("079205001234", NOW)).as("TP Hồ Chí Minh, man born 2005").isTrue();
        assertThat(CitizenIdNumber.isValid("096324000001", NOW)).as("Cà Mau, woman born 2024").isTrue();
    }

    @Test
    void refusesProvinceCodesTheCircularDoesNotAssign() {
        assertThat(CitizenIdNumber.isValid("003099012345", NOW)).as("003 is not a province").isFalse();
        assertThat(CitizenIdNumber.isValid("000099012345", NOW)).isFalse();
        assertThat(CitizenIdNumber.isValid("097099012345", NOW)).as("after Cà Mau (096)").isFalse();
        assertThat(CitizenIdNumber.isValid("050099012345", NOW)).as("050 lies between Quảng Nam and Quảng Ngãi").isFalse();
    }

    @Test
    void refusesBirthYearsInTheFuture() {
        assertThat(CitizenIdNumber.isValid("001230012345", NOW)).as("man born 2030").isFalse();
        assertThat(CitizenIdNumber.isValid("001426012345", NOW)).as("22nd century code").isFalse();
        assertThat(CitizenIdNumber.isValid("001226012345", NOW)).as("man born this year").isTrue();
    }

    @Test
    void refusesWrongLengthAndNonDigits() {
        assertThat(CitizenIdNumber.isValid("00109901234", NOW)).as("11 digits").isFalse();
        assertThat(CitizenIdNumber.isValid("0010990123456", NOW)).as("13 digits").isFalse();
        assertThat(CitizenIdNumber.isValid("00109901234A", NOW)).isFalse();
        assertThat(CitizenIdNumber.isValid("001 099 012 345", NOW)).isFalse();
        assertThat(CitizenIdNumber.isValid(null, NOW)).isFalse();
    }
}
