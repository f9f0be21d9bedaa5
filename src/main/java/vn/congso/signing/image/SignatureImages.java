package vn.congso.signing.image;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.signing.SigningProperties;
import vn.congso.signing.persistence.SignatureImageRepository;

/**
 * The images visible signatures show (NĐ30/2020 Phụ lục I): the agency's seal, uploaded by an
 * administrator, and each officer's handwritten signature, uploaded by the officer. Uploads are checked
 * ({@link PngImage}) and audited.
 */
@Service
public class SignatureImages {

    private static final String AGENCY = "";

    private final SignatureImageRepository repository;
    private final SigningProperties properties;
    private final AuditLog audit;

    SignatureImages(SignatureImageRepository repository, SigningProperties properties, AuditLog audit) {
        this.repository = repository;
        this.properties = properties;
        this.audit = audit;
    }

    /** The uploaded seal image, if any. */
    public Optional<byte[]> seal() {
        return repository.find(SignatureImageRepository.SEAL, AGENCY);
    }

    @Transactional
    public PngImage uploadSeal(byte[] upload, String uploadedBy) {
        PngImage image = PngImage.check(upload, properties.maxImageSize().toBytes());
        repository.put(SignatureImageRepository.SEAL, AGENCY, image.png(), image.width(), image.height(), uploadedBy);
        audit.record("SIGNING_SEAL_IMAGE_UPLOADED", "signing_image", SignatureImageRepository.SEAL,
                image.width() + "×" + image.height() + " px");
        return image;
    }

    /** The officer's handwritten-signature image, if they uploaded one. */
    public Optional<byte[]> signature(String account) {
        return account == null ? Optional.empty() : repository.find(SignatureImageRepository.SIGNATURE, account);
    }

    @Transactional
    public PngImage uploadSignature(String account, byte[] upload) {
        PngImage image = PngImage.check(upload, properties.maxImageSize().toBytes());
        repository.put(SignatureImageRepository.SIGNATURE, account, image.png(), image.width(), image.height(), account);
        audit.record("SIGNING_SIGNATURE_IMAGE_UPLOADED", "signing_image", account,
                image.width() + "×" + image.height() + " px");
        return image;
    }

    @Transactional
    public void removeSignature(String account) {
        if (repository.remove(SignatureImageRepository.SIGNATURE, account)) {
            audit.record("SIGNING_SIGNATURE_IMAGE_REMOVED", "signing_image", account, "");
        }
    }
}
