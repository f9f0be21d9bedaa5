package vn.congso.signing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.SigningProperties;
import vn.congso.signing.image.SignatureImages;

/**
 * An officer's own signing settings: the image of their handwritten signature, which their digital
 * signatures show beside their name and title (NĐ30/2020 Phụ lục I).
 */
@Controller
@PreAuthorize("hasAuthority('SIGNING_OWN_SIGNATURE')")
class OwnSignatureController {

    static final String PATH = "/ky-so/chu-ky-cua-toi";

    private final SigningManagement signing;
    private final SignatureImages images;
    private final SigningProperties properties;
    private final MessageSource messages;

    OwnSignatureController(SigningManagement signing, SignatureImages images, SigningProperties properties,
                           MessageSource messages) {
        this.signing = signing;
        this.images = images;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Principal principal, Model model) {
        model.addAttribute("uploaded", images.signature(principal.getName()).isPresent());
        model.addAttribute("testCertificate", signing.isTestCertificate());
        ImageUploadPage.limits(model, properties);
        return "signing/own-signature";
    }

    @GetMapping(PATH + "/anh.png")
    ResponseEntity<byte[]> image(Principal principal) {
        return ImageUploadPage.png(images.signature(principal.getName()));
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "image", required = false) MultipartFile image, Principal principal, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            images.uploadSignature(principal.getName(), UploadedImage.read(image, properties.maxImageSize()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PATH;
        } catch (CongsoException e) {
            ImageUploadPage.refused(e, model, response, messages, locale);
            return page(principal, model);
        }
    }

    @PostMapping(PATH + "/xoa")
    String remove(Principal principal, RedirectAttributes redirect) {
        images.removeSignature(principal.getName());
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + PATH;
    }
}
