package vn.congso.publicservice.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.congso.publicservice.DossierSubmission;

/** Dossier test data: Vietnamese, with diacritics, never real people. */
final class DossierFixtures {

    static final String CITIZEN = "congdan";
    static final String CLERK = "vanthu";
    static final String OFFICER = "canbo";
    static final String HEAD = "truongphong";
    static final String LEADER = "lanhdao";
    /** Marital status confirmation: 3 working days. */
    static final String MARITAL = "1.004873";
    /** Birth registration: within the day. */
    static final String BIRTH = "1.001193";

    private DossierFixtures() {
    }

    static DossierSubmission marital() {
        return new DossierSubmission(MARITAL, Map.of(
                "applicantName", "Đinh Thị Hoa", "applicantCitizenId", "019190000001", "applicantPhone", "0912000001",
                "applicantEmail", "congdan@example.invalid", "birthDate", "1995-04-12",
                "residence", "Thôn Đông, xã Thanh Định", "maritalStatus", "Chưa đăng ký kết hôn với ai",
                "purpose", "Đăng ký kết hôn"), List.of(), UUID.randomUUID().toString());
    }

    static DossierSubmission birth() {
        return new DossierSubmission(BIRTH, Map.of(
                "applicantName", "Đinh Thị Hoa", "applicantCitizenId", "019190000001", "applicantPhone", "0912000001",
                "applicantEmail", "congdan@example.invalid", "relationship", "Mẹ",
                // NFD input: normalised to NFC on receipt
                "childName", java.text.Normalizer.normalize("Nguyễn Đinh Bảo Ngọc", java.text.Normalizer.Form.NFD),
                "childBirthDate", "2026-02-20", "childSex", "Nữ", "birthPlace", "Trạm y tế xã Thanh Định",
                "motherName", "Đinh Thị Hoa"), List.of(), UUID.randomUUID().toString());
    }

    /** The text of the QR code on a PDF's first page, read from the page rendered at print resolution (300 dpi). */
    static String qrOnFirstPage(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 300);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page)));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
