package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(PasswordPolicy.check("hoa.dinh", "Mùa thu Hà Nội 2024")).isEmpty();
    }

    @Test
    void refusesShortCommonOrUserNamePasswords() {
        assertThat(PasswordPolicy.check("hoa.dinh", "Ngắn-123")).contains(IdentityError.PASSWORD_TOO_SHORT);
        assertThat(PasswordPolicy.check("hoa.dinh", "MatKhau123")).contains(IdentityError.PASSWORD_TOO_COMMON);
        assertThat(PasswordPolicy.check("hoa.dinh", "Hoa.Dinh-2024")).contains(IdentityError.PASSWORD_IS_USERNAME);
        assertThat(PasswordPolicy.check("hoa.dinh", "")).contains(IdentityError.REQUIRED);
    }
}
