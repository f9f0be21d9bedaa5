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

/** The administrator uploads the agency's seal image, which the agency's signatures show (NĐ30 Phụ lục I). */
@Controller
@PreAuthorize("hasAuthority('SIGNING_TRUST_MANAGE')")
class SealImageController {

    static final String PATH = "/quan-tri/ky-so/con-dau";

    private final SigningManagement signing;
    private final SignatureImages images;
    private final SigningProperties properties;
    private final MessageSource messages;

    SealImageController(SigningManagement signing, SignatureImages images, SigningProperties properties,
                        MessageSource messages) {
        this.signing = signing;
        this.images = images;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("uploaded", images.seal().isPresent());
        model.addAttribute("shown", signing.sealImage().isPresent());
        model.addAttribute("testCertificate", signing.isTestCertificate());
        ImageUploadPage.limits(model, properties);
        return "signing/seal";
    }

    @GetMapping(PATH + "/anh.png")
    ResponseEntity<byte[]> image() {
        return ImageUploadPage.png(signing.sealImage());
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "image", required = false) MultipartFile image, Principal principal, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            images.uploadSeal(UploadedImage.read(image, properties.maxImageSize()), principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PATH;
        } catch (CongsoException e) {
            ImageUploadPage.refused(e, model, response, messages, locale);
            return page(model);
        }
    }
}
