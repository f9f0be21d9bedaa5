package vn.congso.signing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningProperties;
import vn.congso.signing.image.PngImage;

/** What the seal page and the own-signature page share: the upload limits, a refusal, the stored image. */
final class ImageUploadPage {

    private ImageUploadPage() {
    }

    /** The limits the form's hint states. */
    static void limits(Model model, SigningProperties properties) {
        model.addAttribute("maxSize", properties.maxImageSize().toKilobytes() + " KB");
        model.addAttribute("minSide", String.valueOf(PngImage.MIN_SIDE));
        model.addAttribute("maxSide", String.valueOf(PngImage.MAX_SIDE));
    }

    /** A refused upload: its status, and its reason shown beside the file field. */
    static void refused(CongsoException e, Model model, HttpServletResponse response, MessageSource messages,
                        Locale locale) {
        response.setStatus(e.code().status().value());
        model.addAttribute("error", messages.getMessage(e.code().messageKey(), e.arguments(), locale));
    }

    /** The stored image, never cached (it changes when replaced), or 404. */
    static ResponseEntity<byte[]> png(Optional<byte[]> image) {
        return image.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(png)).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
