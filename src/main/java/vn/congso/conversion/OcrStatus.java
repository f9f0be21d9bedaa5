package vn.congso.conversion;

import java.util.Locale;

/** Whether a converted document carries a searchable text layer. */
public enum OcrStatus {
    /** Every page has its recognised text. */
    DONE,
    /** Some pages have none (Tesseract failed on them). */
    PARTIAL,
    /** No text layer: OCR is switched off or Tesseract is not installed. */
    NONE;

    public String messageKey() {
        return "conversion.ocr." + name().toLowerCase(Locale.ROOT);
    }
}
