package vn.congso.portal.legal.domain;

import vn.congso.shared.pdf.VietnameseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The seed texts, and DOCX and PDF files made from them as an office would. The seed texts: an unnumbered commune letter followed by Decree 137/2024/NĐ-CP, and Decree 42/2022/NĐ-CP. */
public final class LegalFixtures {

    private LegalFixtures() {
    }

    public static String letterAndDecree137() {
        return read("legal/cong-van-va-nghi-dinh-137-2024.txt");
    }

    public static String decree42() {
        return read("legal/nghi-dinh-42-2022.txt");
    }

    public static String read(String resource) {
        try (InputStream in = LegalFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** One line per source line, wrapped at the page width as a word processor would. */
    public static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = VietnameseFont.embed(document);
            float size = 10;
            float width = PDRectangle.A4.getWidth() - 100;
            List<String> lines = new ArrayList<>();
            for (String source : text.split("\n")) {
                lines.addAll(wrap(source.strip(), font, size, width));
            }
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.setLeading(12.5f);
                    content.newLineAtOffset(50, PDRectangle.A4.getHeight() - 50);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
