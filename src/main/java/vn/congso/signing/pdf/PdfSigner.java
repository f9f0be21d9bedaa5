package vn.congso.signing.pdf;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SignaturePlacement;
import vn.congso.signing.SigningError;
import vn.congso.signing.key.SigningKey;

/**
 * Makes PAdES signatures with DSS: BASELINE-B, or -T/-LT/-LTA with a time-stamping service, and a
 * visible appearance whose text PDF readers can select and search (embedded font, native drawing).
 */
public final class PdfSigner {

    /** NĐ30/2020 Phụ lục I: the signature information is upright black text, size 10. */
    private static final float FONT_SIZE = ImageBesideText.LARGEST;
    private static final float PADDING = 4;
    private static final Color TEXT_COLOR = Color.BLACK;

    private final CertificateVerifier verifier;
    private final TSPSource tspSource;
    private final SignatureLevel level;
    private final byte[] font;

    /**
     * @param tspSource a time-stamping service, required from BASELINE-T on; null for BASELINE-B
     * @param font      a TrueType font with Vietnamese glyphs for the visible signature
     */
    public PdfSigner(CertificateVerifier verifier, TSPSource tspSource, SignatureLevel level, byte[] font) {
        if (tspSource == null && level != SignatureLevel.PAdES_BASELINE_B) {
            throw new IllegalArgumentException(level + " needs a time-stamping service");
        }
        this.verifier = verifier;
        this.tspSource = tspSource;
        this.level = level;
        this.font = font.clone();
    }

    public SignatureLevel level() {
        return level;
    }

    /**
     * Signs the PDF with the key, showing {@code text} (lines separated by {@code \n}) in the placement
     * rectangle. The signing time in the signature is {@code signingTime}, the same the text shows.
     */
    public byte[] sign(byte[] pdf, SigningKey key, String text, SignaturePlacement placement, Instant signingTime) {
        return sign(pdf, key, Appearance.text(text), placement, signingTime);
    }

    /**
     * Signs the PDF with the key, showing the appearance (text, and an image beside it) in the placement
     * rectangle. The signing time in the signature is {@code signingTime}, the same the text shows.
     */
    public byte[] sign(byte[] pdf, SigningKey key, Appearance shown, SignaturePlacement placement, Instant signingTime) {
        PdfInspector.PdfFacts facts = PdfInspector.inspect(pdf);
        if (longTerm() && selfSigned(key.certificate())) {
            // LT/LTA embed the CA's revocation data; a self-signed chain has none, and DSS refuses it.
            throw new CongsoException(SigningError.LONG_TERM_NEEDS_CA_CERTIFICATE, level.toString());
        }
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        // Always embed the signer's certificate, even when it is a trust anchor here: whoever checks the
        // document elsewhere (another agency, a citizen's reader) needs it to find the signer.
        parameters.bLevel().setTrustAnchorBPPolicy(false);
        parameters.setImageParameters(appearance(facts, shown, placement));

        PAdESService service = new PAdESService(verifier);
        PdfBoxNativeObjectFactory objects = new PdfBoxNativeObjectFactory();
        if (placement.mayOverlap()) {
            // NĐ30 Phụ lục I mục II.8: only the agency's seal may cover (a third of) the signer's signature;
            // DSS keeps refusing any other overlap, so no signature hides another
            eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker positions = new eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker();
            positions.setAlertOnSignatureFieldOverlap(new eu.europa.esig.dss.alert.SilentOnStatusAlert());
            objects.setPdfSignatureFieldPositionChecker(positions);
        }
        service.setPdfObjFactory(objects);
        if (tspSource != null) {
            service.setTspSource(tspSource);
        }
        DSSDocument document = new InMemoryDocument(pdf);
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = key.token().sign(toBeSigned, parameters.getDigestAlgorithm(), key.entry());
            try (InputStream signed = service.signDocument(document, parameters, value).openStream()) {
                return signed.readAllBytes();
            }
        } catch (DSSExternalResourceException e) {
            throw new CongsoException(SigningError.TIMESTAMP_UNAVAILABLE, e);
        } catch (IOException | RuntimeException e) {
            if (tspSource != null && causedByNetwork(e)) {
                throw new CongsoException(SigningError.TIMESTAMP_UNAVAILABLE, e);
            }
            throw new CongsoException(SigningError.SIGNING_FAILED, e);
        }
    }

    private SignatureImageParameters appearance(PdfInspector.PdfFacts facts, Appearance shown, SignaturePlacement placement) {
        int page = placement.page() == SignaturePlacement.LAST_PAGE ? facts.pages() : placement.page();
        if (page > facts.pages()) {
            throw new CongsoException(SigningError.PAGE_OUT_OF_RANGE, page, facts.pages());
        }
        PDRectangle box = facts.pageSizes().get(page - 1);
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(page);
        field.setWidth(placement.width());
        field.setHeight(placement.height());
        field.setOriginX(placement.x() != null ? placement.x()
                : Math.max(0, box.getWidth() - SignaturePlacement.MARGIN - placement.width()));
        field.setOriginY(placement.y() != null ? placement.y()
                : Math.max(0, box.getHeight() - SignaturePlacement.MARGIN - placement.height()));

        DSSFileFont embedded = new DSSFileFont(new InMemoryDocument(font));
        embedded.setSize(FONT_SIZE);
        SignatureImageTextParameters textParameters = new SignatureImageTextParameters();
        textParameters.setText(shown.text());
        textParameters.setFont(embedded);
        textParameters.setTextColor(TEXT_COLOR);
        textParameters.setPadding(PADDING);
        textParameters.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
        textParameters.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        textParameters.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.MIDDLE);

        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(textParameters);
        if (shown.image() != null) {
            ImageBesideText.Layout layout = ImageBesideText.layout(font, shown, placement.width(), placement.height(), PADDING);
            embedded.setSize(layout.fontSize());
            textParameters.setText(layout.text());
            textParameters.setTextWrapping(TextWrapping.FONT_BASED);
            // the text on one side, the image (on a canvas of exactly the remaining shape) on the other
            textParameters.setSignerTextPosition(shown.imageSide() == Appearance.Side.RIGHT
                    ? SignerTextPosition.LEFT : SignerTextPosition.RIGHT);
            image.setImage(new InMemoryDocument(layout.canvas()));
            image.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
        }
        return image;
    }

    private boolean longTerm() {
        return level == SignatureLevel.PAdES_BASELINE_LT || level == SignatureLevel.PAdES_BASELINE_LTA;
    }

    private static boolean selfSigned(java.security.cert.X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DSSExternalResourceException || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.SocketTimeoutException || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
