package vn.congso.signing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.TrustAnchor;

/** Administrators choose the root certificates signatures are validated against. */
@Controller
@PreAuthorize("hasAuthority('SIGNING_TRUST_MANAGE')")
class TrustAnchorController {

    private static final String PATH = "/quan-tri/ky-so/chung-thu-tin-cay";

    private final SigningManagement signing;
    private final MessageSource messages;

    TrustAnchorController(SigningManagement signing, MessageSource messages) {
        this.signing = signing;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("anchors", signing.trustAnchors());
        java.security.cert.X509Certificate agency = signing.agencyCertificate();
        model.addAttribute("agencySubject", agency.getSubjectX500Principal().getName());
        model.addAttribute("agencyNotBefore", agency.getNotBefore().toInstant());
        model.addAttribute("agencyNotAfter", agency.getNotAfter().toInstant());
        model.addAttribute("testCertificate", signing.isTestCertificate());
        return "signing/trust-anchors";
    }

    @PostMapping(PATH)
    String add(@RequestParam(name = "certificate", required = false) MultipartFile certificate, Principal principal,
               Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            if (certificate == null || certificate.isEmpty()) {
                throw new CongsoException(SigningError.EMPTY_FILE);
            }
            TrustAnchor added = signing.addTrustAnchor(certificate.getBytes(), principal.getName());
            redirect.addFlashAttribute("added", added.subject());
            return "redirect:" + PATH;
        } catch (CongsoException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("error", messages.getMessage(e.code().messageKey(), e.arguments(), locale));
            return list(model);
        } catch (IOException e) {
            throw new CongsoException(SigningError.NOT_A_CERTIFICATE, e);
        }
    }

    @PostMapping(PATH + "/{id}/go")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        signing.removeTrustAnchor(id);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + PATH;
    }
}
