package vn.congso.conversion.web;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionManagement;
import vn.congso.shared.CongsoException;

/**
 * The public search interface for converted documents (NĐ137 Đ5 k1 b): enter the unique code, see the
 * origin, the conversion record and the signature status, check a copy byte for byte; the content only
 * for public documents or with the access code printed with the copy.
 */
@Controller
@PermitAll
class LookupController {

    private final ConversionManagement conversions;

    LookupController(ConversionManagement conversions) {
        this.conversions = conversions;
    }

    @GetMapping("/tra-cuu")
    String search(@RequestParam(name = "ma", required = false) String code,
                  @RequestParam(name = "ma-truy-cap", required = false) String accessCode,
                  RedirectAttributes redirect) {
        if (code == null || code.isBlank()) {
            return "conversion/search";
        }
        if (accessCode != null && !accessCode.isBlank()) {
            redirect.addAttribute("ma-truy-cap", accessCode.strip());
        }
        redirect.addAttribute("code", code.strip());
        return "redirect:/tra-cuu/{code}";
    }

    @GetMapping("/tra-cuu/{code}")
    String result(@PathVariable String code, @RequestParam(name = "ma-truy-cap", required = false) String accessCode,
                  Model model) {
        model.addAttribute("verification", conversions.verify(code, accessCode));
        model.addAttribute("accessCode", accessCode);
        return "conversion/lookup";
    }

    /** Byte-for-byte check of an uploaded copy against the stored original. */
    @PostMapping("/tra-cuu/{code}/doi-chieu")
    String compare(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "ma-truy-cap", required = false) String accessCode, Model model) {
        model.addAttribute("verification", conversions.verify(code, accessCode));
        model.addAttribute("accessCode", accessCode);
        if (file == null || file.isEmpty()) {
            model.addAttribute("compareError", new CongsoException(ConversionError.EMPTY_FILE));
            return "conversion/lookup";
        }
        try {
            model.addAttribute("matches", conversions.matchesOriginal(code, file.getBytes()));
        } catch (IOException e) {
            model.addAttribute("compareError", new CongsoException(ConversionError.CORRUPT_FILE, e));
        }
        return "conversion/lookup";
    }

    @GetMapping("/tra-cuu/{code}/tai-ve")
    ResponseEntity<byte[]> download(@PathVariable String code,
                                    @RequestParam(name = "ma-truy-cap", required = false) String accessCode) {
        return ConversionController.pdf(code + ".pdf", conversions.content(code, accessCode));
    }
}
