package vn.congso.conversion.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import vn.congso.conversion.ocr.OcrImage;
import vn.congso.conversion.ocr.Pnm;

/**
 * A PDF page that is nothing but one scanned image: its image stream can go into the PDF/A output as
 * it is, with its JPEG/CCITT/Flate bytes untouched, instead of being rendered and encoded again
 * (NĐ137 Đ4 k2 a: the content stays exactly the scanner's). Only pages whose every part is allowed in
 * PDF/A-2b qualify; any other page is rendered.
 */
public final class EmbeddedScan {

    /** Filters PDF/A-2 allows and PDFBox decodes without plugins (no LZW, no JBIG2/JPX). */
    private static final Set<COSName> FILTERS = Set.of(COSName.DCT_DECODE, COSName.FLATE_DECODE,
            COSName.CCITTFAX_DECODE, COSName.RUN_LENGTH_DECODE);
    private static final COSName ALTERNATES = COSName.getPDFName("Alternates");
    private static final COSName OPI = COSName.getPDFName("OPI");
    private static final Set<String> OPERATORS = Set.of("q", "Q", "cm", "Do");

    private final PDImageXObject image;
    private final Matrix placement;
    private final PDRectangle pageSize;

    private EmbeddedScan(PDImageXObject image, Matrix placement, PDRectangle pageSize) {
        this.image = image;
        this.placement = placement;
        this.pageSize = pageSize;
    }

    /** The page's image, when the page draws exactly one upright image and nothing else. */
    static Optional<EmbeddedScan> of(PDPage page) {
        try {
            return Optional.ofNullable(read(page));
        } catch (IOException | RuntimeException e) {
            // whatever cannot be read here is rendered instead, and refused there if it is broken
            return Optional.empty();
        }
    }

    private static EmbeddedScan read(PDPage page) throws IOException {
        COSDictionary dictionary = page.getCOSObject();
        PDRectangle media = page.getMediaBox();
        PDRectangle crop = page.getCropBox();
        if (page.getRotation() != 0 || media.getLowerLeftX() != 0 || media.getLowerLeftY() != 0
                || !sameBox(media, crop) || page.getAnnotations().size() > 0
                || dictionary.containsKey(COSName.GROUP) || dictionary.containsKey(COSName.AA)) {
            return null;
        }
        PDResources resources = page.getResources();
        if (resources == null) {
            return null;
        }
        for (COSName key : resources.getCOSObject().keySet()) {
            if (!COSName.XOBJECT.equals(key) && !COSName.PROC_SET.equals(key)) {
                return null;
            }
        }
        List<COSName> names = new ArrayList<>();
        resources.getXObjectNames().forEach(names::add);
        if (names.size() != 1) {
            return null;
        }
        PDXObject xObject = resources.getXObject(names.get(0));
        if (!(xObject instanceof PDImageXObject image) || !allowed(image)) {
            return null;
        }
        Matrix placement = placement(page, names.get(0));
        return placement == null ? null : new EmbeddedScan(image, placement, media);
    }

    /** The one {@code cm … Do} of a content stream made of q, Q, cm and a single Do; null otherwise. */
    private static Matrix placement(PDPage page, COSName name) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        Matrix current = new Matrix();
        List<Matrix> saved = new ArrayList<>();
        Matrix drawn = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            String op = operator.getName();
            if (!OPERATORS.contains(op)) {
                return null;
            }
            switch (op) {
                case "q" -> saved.add(current.clone());
                case "Q" -> {
                    if (saved.isEmpty()) {
                        return null;
                    }
                    current = saved.remove(saved.size() - 1);
                }
                case "cm" -> {
                    if (operands.size() != 6 || !operands.stream().allMatch(COSNumber.class::isInstance)) {
                        return null;
                    }
                    float[] v = new float[6];
                    for (int i = 0; i < 6; i++) {
                        v[i] = ((COSNumber) operands.get(i)).floatValue();
                    }
                    current = new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]).multiply(current);
                }
                default -> {
                    if (drawn != null || operands.size() != 1 || !name.equals(operands.get(0))) {
                        return null;
                    }
                    drawn = current.clone();
                }
            }
            operands.clear();
        }
        // upright and not mirrored: the OCR boxes map onto the page by scaling and moving only
        if (drawn == null || drawn.getShearX() != 0 || drawn.getShearY() != 0 || drawn.getScaleX() <= 0
                || drawn.getScaleY() <= 0) {
            return null;
        }
        return drawn;
    }

    private static boolean allowed(PDImageXObject image) throws IOException {
        COSStream stream = image.getCOSObject();
        List<COSName> filters = image.getStream().getFilters();
        int bits = image.getBitsPerComponent();
        return filters.size() <= 1 && filters.stream().allMatch(FILTERS::contains)
                && !image.isStencil() && stream.getItem(COSName.SMASK) == null && stream.getItem(COSName.MASK) == null
                && stream.getItem(COSName.DECODE) == null && stream.getItem(ALTERNATES) == null
                && stream.getItem(OPI) == null && stream.getItem(COSName.INTENT) == null
                && !COSBoolean.TRUE.equals(stream.getDictionaryObject(COSName.INTERPOLATE))
                && (bits == 1 || bits == 8)
                && (image.getColorSpace() instanceof PDDeviceGray
                    || image.getColorSpace() instanceof PDDeviceRGB && bits == 8);
    }

    private static boolean sameBox(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() == b.getLowerLeftX() && a.getLowerLeftY() == b.getLowerLeftY()
                && a.getUpperRightX() == b.getUpperRightX() && a.getUpperRightY() == b.getUpperRightY();
    }

    public PDImageXObject image() {
        return image;
    }

    /** Where the page draws the image: the unit square mapped onto the page. */
    public Matrix placement() {
        return placement;
    }

    public PDRectangle pageSize() {
        return pageSize;
    }

    /**
     * The image as Tesseract reads it, without rendering the page: a JPEG's own bytes, or the decoded
     * samples as a PNM file (no compression to spend time on).
     */
    public OcrImage forOcr() throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int dpi = Math.round(width * 72f / placement.getScaleX());
        List<COSName> filters = image.getStream().getFilters();
        if (filters.contains(COSName.DCT_DECODE)) {
            return new OcrImage(".jpg", dpi, out -> {
                try (InputStream in = image.getCOSObject().createRawInputStream()) {
                    in.transferTo(out);
                }
            });
        }
        if (filters.contains(COSName.CCITTFAX_DECODE)) {
            return new OcrImage(".pnm", dpi, out -> Pnm.write(image.getImage(), out));
        }
        boolean grey = image.getColorSpace() instanceof PDDeviceGray;
        int bits = image.getBitsPerComponent();
        return new OcrImage(".pnm", dpi, out -> {
            String magic = bits == 1 ? "P4" : grey ? "P5" : "P6";
            String header = magic + "\n" + width + " " + height + "\n" + (bits == 1 ? "" : "255\n");
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = image.getCOSObject().createInputStream()) {
                if (bits == 1) {
                    invert(in, out);
                } else {
                    in.transferTo(out);
                }
            }
        });
    }

    /** PDF's DeviceGray 1-bit samples are 1 = white; PBM's are 1 = black. */
    private static void invert(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                buffer[i] = (byte) ~buffer[i];
            }
            out.write(buffer, 0, n);
        }
    }
}
