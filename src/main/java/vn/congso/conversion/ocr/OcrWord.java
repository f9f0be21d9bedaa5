package vn.congso.conversion.ocr;

/** A recognised word and its box in image pixels (origin top-left). */
public record OcrWord(String text, int x0, int y0, int x1, int y1) {
}
