package vn.congso.signing.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoSealTests {

    @Test
    void specimenSealIsARedRingOnATransparentBackgroundThatPassesTheUploadChecks() throws Exception {
        byte[] png = DemoSeal.png("Ủy ban nhân dân xã Thanh Định", "MẪU", "KHÔNG CÓ GIÁ TRỊ");

        BufferedImage seal = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(seal.getWidth()).isEqualTo(seal.getHeight());
        assertThat(seal.getRGB(0, 0) >>> 24).as("corner transparent").isZero();
        Color ring = new Color(seal.getRGB(seal.getWidth() / 2, 9), true);
        assertThat(ring.getAlpha()).isGreaterThan(200);
        assertThat(ring.getRed()).isGreaterThan(180);
        assertThat(ring.getGreen()).isLessThan(60);
        assertThat(PngImage.check(png, 1_000_000).width()).isEqualTo(seal.getWidth());
    }

    @Test
    void specimenSealSaysItIsASpecimenReadablyByOcr() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract");
        byte[] png = DemoSeal.png("Ủy ban nhân dân xã Thanh Định", "MẪU", "KHÔNG CÓ GIÁ TRỊ");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("con-dau-mau", ".png");
        // OCR reads dark text on white: flatten the transparent seal onto white first
        BufferedImage seal = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage white = new BufferedImage(seal.getWidth(), seal.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, seal.getWidth(), seal.getHeight());
        g.drawImage(seal, 0, 0, null);
        g.dispose();
        ImageIO.write(white, "png", file.toFile());
        Process ocr = new ProcessBuilder("tesseract", file.toString(), "-", "-l", "vie", "--psm", "6")
                .redirectErrorStream(true).start();
        String text = new String(ocr.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ocr.waitFor();
        java.nio.file.Files.delete(file);

        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)).contains("MẪU").contains("GIÁ TRỊ");
    }
}
