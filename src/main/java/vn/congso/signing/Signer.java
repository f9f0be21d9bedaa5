package vn.congso.signing;

import java.text.Normalizer;

/**
 * The competent person who signs with their own personal certificate (NĐ30/2020 Phụ lục I: the
 * visible signature shows their name and title; the certificate names them as the signer).
 *
 * @param account  the officer's user name: which personal key and handwritten-signature image are
 *                 theirs; null when the caller does not know it (the key is then found by name and title)
 * @param fullName the signer's full name, e.g. {@code Phùng Văn Đăng}
 * @param title    the signer's title, e.g. {@code Chủ tịch UBND xã}
 */
public record Signer(String account, String fullName, String title) {

    public Signer {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName");
        }
        fullName = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC);
        title = title == null || title.isBlank() ? null : Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        account = account == null || account.isBlank() ? null : account.strip();
    }

    /** A signer known by name and title only. */
    public Signer(String fullName, String title) {
        this(null, fullName, title);
    }

    /** What identifies the signer's personal key: the account, or else the name and title. */
    public String keyOwner() {
        return account != null ? "account:" + account : "name:" + fullName + "|" + (title == null ? "" : title);
    }
}
