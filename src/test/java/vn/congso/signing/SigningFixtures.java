package vn.congso.signing;

import vn.congso.shared.pdf.VietnameseFont;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.congso.signing.key.SigningKey;
import vn.congso.signing.key.Certificates;
import vn.congso.signing.pdf.PdfSigner;

/** Documents and keys for signing tests: never real people's data, Vietnamese text throughout. */
public final class SigningFixtures {

    private SigningFixtures() {
    }

    /** An A4 PDF of the given number of pages, each with a line of Vietnamese text. */
    public static byte[] decision(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream in = new java.io.ByteArrayInputStream(VietnameseFont.regular())) {
                font = PDType0Font.load(document, in);
            }
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 13);
                    content.newLineAtOffset(72, 760);
                    content.showText("Quyết định về việc cấp giấy xác nhận tình trạng hôn nhân - trang " + i);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A key whose self-signed certificate no installation trusts yet, valid today. */
    public static SigningKey externalKey(String commonName) {
        Instant now = Instant.now();
        return key(commonName, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }

    public static SigningKey key(String commonName, Instant notBefore, Instant notAfter) {
        try {
            return keyOf(Certificates.issue(
                    Certificates.subject(commonName, "Sở Tư pháp tỉnh Thái Nguyên", null), notBefore, notAfter));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issued key and its chain, opened as DSS opens a PKCS#12 keystore. */
    public static SigningKey keyOf(Certificates.Issued issued) {
        try {
            ByteArrayOutputStream keystore = new ByteArrayOutputStream();
            issued.writePkcs12(keystore, "khoa", "mat-khau-thu".toCharArray());
            Pkcs12SignatureToken token = new Pkcs12SignatureToken(keystore.toByteArray(),
                    new KeyStore.PasswordProtection("mat-khau-thu".toCharArray()));
            DSSPrivateKeyEntry entry = token.getKeys().get(0);
            return new SigningKey(token, entry, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verifier that trusts exactly these certificates and fetches nothing over the network. */
    public static CommonCertificateVerifier trusting(X509Certificate... anchors) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : anchors) {
            trusted.addCertificate(new CertificateToken(anchor));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        return verifier;
    }

    /** The text a reader sees in the visible signatures, as PDFBox extracts it from their appearance streams. */
    public static String appearanceText(byte[] pdf) {
        try (PDDocument signed = Loader.loadPDF(pdf); PDDocument scratch = new PDDocument()) {
            for (PDSignatureField field : signed.getSignatureFields()) {
                PDAppearanceStream appearance = field.getWidgets().get(0).getNormalAppearanceStream();
                if (appearance == null) {
                    continue;
                }
                PDPage page = new PDPage(appearance.getBBox());
                scratch.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scratch, page)) {
                    content.drawForm(appearance);
                }
            }
            return new PDFTextStripper().getText(scratch).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PNG of the given size: a filled ellipse of the colour on a transparent background. */
    public static byte[] png(int width, int height, java.awt.Color colour) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillOval(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same bytes with one byte changed in the signed part (the binary comment under the header). */
    public static byte[] withOneByteChanged(byte[] pdf) {
        byte[] changed = pdf.clone();
        int lineEnd = 0;
        while (changed[lineEnd] != '\n') {
            lineEnd++;
        }
        changed[lineEnd + 2] ^= 0x01;
        return changed;
    }
}
