package vn.congso.signing.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import vn.congso.shared.pdf.VietnameseFont;

/**
 * The seal image of an installation that has none uploaded and signs with test keys: a red ring with
 * the agency's name along it and, across the middle, a notice that it is a specimen without value, so
 * nobody can mistake it for the agency's real seal (NĐ30/2020 Phụ lục I wants the real seal's image,
 * red, on a transparent background; that one is uploaded by the administrator).
 */
public final class DemoSeal {

    private static final int SIZE = 400;
    private static final Color SEAL_RED = new Color(0xD0, 0x10, 0x1B);

    private DemoSeal() {
    }

    /** A transparent PNG, {@value #SIZE} pixels square. */
    public static byte[] png(String agencyName, String specimen, String noValue) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            float centre = SIZE / 2f;
            g.setStroke(new BasicStroke(12));
            g.drawOval(8, 8, SIZE - 16, SIZE - 16);
            g.setStroke(new BasicStroke(4));
            g.drawOval(78, 78, SIZE - 156, SIZE - 156);
            Font base = font();
            ringText(g, base.deriveFont(Font.BOLD, 28f), agencyName.toUpperCase(Locale.forLanguageTag("vi")), centre, 150);
            centred(g, base.deriveFont(Font.BOLD, 64f), specimen, centre, centre + 8);
            centred(g, base.deriveFont(Font.BOLD, 22f), noValue, centre, centre + 48);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text along the upper part of the ring, letter by letter, each turned to face the centre. */
    private static void ringText(Graphics2D g, Font font, String text, float centre, float radius) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double span = Math.min(Math.toRadians(300), metrics.stringWidth(text) / (double) radius);
        double angle = -span / 2;
        AffineTransform original = g.getTransform();
        for (int i = 0; i < text.length(); i++) {
            String letter = String.valueOf(text.charAt(i));
            double width = metrics.stringWidth(letter) * span / (metrics.stringWidth(text) / (double) radius) / radius;
            g.setTransform(original);
            g.rotate(angle + width / 2, centre, centre);
            g.drawString(letter, centre - metrics.stringWidth(letter) / 2f, centre - radius + metrics.getAscent() / 2f);
            angle += width;
        }
        g.setTransform(original);
    }

    private static void centred(Graphics2D g, Font font, String text, float x, float baseline) {
        g.setFont(font);
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2f, baseline);
    }

    private static Font font() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(VietnameseFont.regular()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
