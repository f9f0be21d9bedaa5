package vn.congso.conversion.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.congso.shared.pdf.VietnameseFont;

/**
 * The Vietnamese font parsed once and reused: parsing the 700 kB TrueType file took about a quarter of
 * writing a converted document. A parsed font reads its tables from one buffer, so one document holds
 * it at a time ({@link #borrow} … {@link #giveBack} around the document's life, save included).
 */
final class ParsedFonts {

    private static final int KEPT = 4;
    private static final ConcurrentLinkedDeque<TrueTypeFont> IDLE = new ConcurrentLinkedDeque<>();

    private ParsedFonts() {
    }

    static TrueTypeFont borrow() {
        TrueTypeFont font = IDLE.pollFirst();
        if (font != null) {
            return font;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(VietnameseFont.regular()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void giveBack(TrueTypeFont font) {
        if (IDLE.size() < KEPT) {
            IDLE.addFirst(font);
        }
    }

    /** Embeds the borrowed font in the document, subset to the glyphs used; the font stays open. */
    static PDType0Font embed(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
