/**
 * Conversion between paper documents and data messages (chuyển đổi văn bản), NĐ137/2024 Đ4–Đ5:
 * scans become signed PDF/A-2b documents with an OCR text layer, the marker (ký hiệu riêng) and a QR
 * code, kept in a conversion register (sổ chuyển đổi); stored documents print to paper with the
 * marker, the information system and its owner and the lookup address; anyone can look a code up and
 * check a copy byte for byte against the original.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversion",
        allowedDependencies = {"agency", "audit", "files", "identity", "signing"})
package vn.congso.conversion;
