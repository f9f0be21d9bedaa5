package vn.congso.signing.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;

/**
 * An uploaded seal or handwritten-signature image, checked before anything is decoded: a PNG file
 * (by its signature bytes, not its name or declared type), within the size limit, with dimensions read
 * from its header and bounded, so a decompression bomb is refused before a pixel is allocated. The
 * accepted image is re-encoded, which drops any extra chunks (text, metadata) of the upload.
 *
 * @param png    the re-encoded PNG
 * @param width  pixels
 * @param height pixels
 */
public record PngImage(byte[] png, int width, int height) {

    public static final int MIN_SIDE = 32;
    public static final int MAX_SIDE = 2000;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public static PngImage check(byte[] upload, long maxBytes) {
        if (upload == null || upload.length == 0) {
            throw new CongsoException(SigningError.EMPTY_FILE);
        }
        if (upload.length > maxBytes) {
            throw new CongsoException(SigningError.IMAGE_TOO_LARGE, maxBytes / 1024 + " KB");
        }
        if (upload.length < SIGNATURE.length || !Arrays.equals(upload, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new CongsoException(SigningError.IMAGE_NOT_PNG);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new CongsoException(SigningError.IMAGE_DIMENSIONS, String.valueOf(width), String.valueOf(height),
                            String.valueOf(MIN_SIDE), String.valueOf(MAX_SIDE));
                }
                BufferedImage image = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return new PngImage(out.toByteArray(), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CongsoException known) {
                throw known;
            }
            throw new CongsoException(SigningError.IMAGE_CORRUPT, e);
        }
    }
}
