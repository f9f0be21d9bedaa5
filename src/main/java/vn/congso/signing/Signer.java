package vn.congso.signing;

/**
 * The competent person signing with the agency's key on the officer's behalf, as shown in the
 * visible signature (NĐ30/2020 Phụ lục I: name and title of the signer).
 *
 * @param fullName the signer's full name, e.g. {@code Phùng Văn Đăng}
 * @param title    the signer's title, e.g. {@code Chủ tịch UBND xã}
 */
public record Signer(String fullName, String title) {

    public Signer {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName");
        }
    }
}
