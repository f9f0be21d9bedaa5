package vn.congso.signing.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SigningError;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.SigningProperties;
import vn.congso.signing.ValidationReports;
import vn.congso.signing.ValidationSummary;

/**
 * The public page where anyone checks the signatures of a PDF, e.g. a result the agency signed. The file
 * is not kept; the last result's full reports stay in the
 * visitor's session for download.
 */
@Controller
class SignatureCheckController {

    static final String REPORTS = "signing.reports";

    private final SigningManagement signing;
    private final SigningProperties properties;
    private final MessageSource messages;

    SignatureCheckController(SigningManagement signing, SigningProperties properties, MessageSource messages) {
        this.signing = signing;
        this.properties = properties;
        this.messages = messages;
    }

    @PermitAll
    @GetMapping("/ky-so/kiem-tra")
    String form(Model model) {
        model.addAttribute("maxSize", properties.maxUploadSize().toMegabytes() + " MB");
        return "signing/check";
    }

    @PermitAll
    @PostMapping("/ky-so/kiem-tra")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
                 HttpServletResponse response, Locale locale) {
        try {
            ValidationSummary summary = signing.validate(UploadedPdf.read(file, properties.maxUploadSize()));
            session.setAttribute(REPORTS, summary.reports());
            model.addAttribute("summary", summary);
        } catch (CongsoException e) {
            if (!(e.code() instanceof SigningError)) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("error", messages.getMessage(e.code().messageKey(), e.arguments(), locale));
        }
        return form(model);
    }

    /** A report of the visitor's last check; without one (new session, unknown name) the not-found page. */
    @PermitAll
    @GetMapping("/ky-so/kiem-tra/bao-cao/{kind}")
    Object report(@PathVariable String kind, HttpSession session) {
        Object stored = session.getAttribute(REPORTS);
        String xml = stored instanceof ValidationReports reports ? reports.byName(kind) : null;
        if (xml == null) {
            ModelAndView notFound = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
            notFound.addObject("status", HttpStatus.NOT_FOUND.value());
            return notFound;
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-chu-ky-" + kind + ".xml").build().toString())
                .body(xml);
    }
}
