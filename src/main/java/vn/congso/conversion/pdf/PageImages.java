package vn.congso.conversion.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Page images in the two forms the converter embeds: 8-bit grey or 8-bit RGB, never with alpha. */
public final class PageImages {

    private PageImages() {
    }

    public static BufferedImage normalise(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        if (allGrey(image)) {
            return greyCopy(image);
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** Copies sample values as they are: drawing onto a grey image would pass them through a linear colour space. */
    private static BufferedImage greyCopy(BufferedImage image) {
        int width = image.getWidth();
        BufferedImage grey = new BufferedImage(width, image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[width];
        int[] samples = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                samples[x] = row[x] & 0xFF;
            }
            grey.getRaster().setSamples(0, y, width, 1, 0, samples);
        }
        return grey;
    }

    private static boolean allGrey(BufferedImage image) {
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int rgb : row) {
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r != g || g != b) {
                    return false;
                }
            }
        }
        return true;
    }
}
