package vn.congso.conversion.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Netpbm files (PGM for grey, PPM for colour): the simplest image files Tesseract's Leptonica reads. */
public final class Pnm {

    private Pnm() {
    }

    public static void write(BufferedImage image, OutputStream target) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        out.write(((grey ? "P5" : "P6") + "\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (grey) {
            Raster raster = image.getRaster();
            int[] samples = new int[width];
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                raster.getSamples(0, y, width, 1, 0, samples);
                for (int x = 0; x < width; x++) {
                    row[x] = (byte) samples[x];
                }
                out.write(row);
            }
        } else {
            int[] rgb = new int[width];
            byte[] row = new byte[width * 3];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, rgb, 0, width);
                for (int x = 0; x < width; x++) {
                    row[3 * x] = (byte) (rgb[x] >> 16);
                    row[3 * x + 1] = (byte) (rgb[x] >> 8);
                    row[3 * x + 2] = (byte) rgb[x];
                }
                out.write(row);
            }
        }
        out.flush();
    }
}
