package vn.congso.conversion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversion module ({@code congso.conversion.*}).
 *
 * @param qrCode         show the QR code on converted documents (NĐ137 Đ4 k1 a, Đ5 k2 a: the agency may choose)
 * @param ocr            add an OCR text layer when Tesseract is installed
 * @param tesseract      path of the Tesseract command
 * @param maxUploadBytes largest file accepted for one conversion
 * @param maxPages       most pages in one document
 * @param maxPagePixels  most pixels a page image may have: checked from the file header before decoding
 * @param dpi            resolution PDF pages are rendered at and images are assumed to have
 * @param leaseSeconds   how long a batch worker holds an item before another may take it over
 */
@ConfigurationProperties("congso.conversion")
public record ConversionProperties(
        @DefaultValue("true") boolean qrCode,
        @DefaultValue("true") boolean ocr,
        @DefaultValue("/usr/bin/tesseract") String tesseract,
        @DefaultValue("52428800") long maxUploadBytes,
        @DefaultValue("200") int maxPages,
        @DefaultValue("40000000") long maxPagePixels,
        @DefaultValue("300") int dpi,
        @DefaultValue("300") int leaseSeconds) {
}
