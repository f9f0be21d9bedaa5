package vn.congso.conversion.web;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.conversion.ConversionError;
import vn.congso.conversion.ConversionManagement;
import vn.congso.conversion.Verification;
import vn.congso.shared.CongsoException;

/** Public verification of converted documents by their unique code (NĐ137 Đ5 k1 b). */
@RestController
@PermitAll
class VerificationApiController {

    static final String ACCESS_CODE_HEADER = "X-Access-Code";

    private final ConversionManagement conversions;

    VerificationApiController(ConversionManagement conversions) {
        this.conversions = conversions;
    }

    @GetMapping("/api/v1/verification/{code}")
    Verification verify(@PathVariable String code,
                        @RequestHeader(name = ACCESS_CODE_HEADER, required = false) String accessCode) {
        return conversions.verify(code, accessCode);
    }

    /** The document itself: public ones to anyone, others with the access code. */
    @GetMapping("/api/v1/verification/{code}/content")
    ResponseEntity<byte[]> content(@PathVariable String code,
                                   @RequestHeader(name = ACCESS_CODE_HEADER, required = false) String accessCode) {
        return ConversionController.pdf(code + ".pdf", conversions.content(code, accessCode));
    }

    public record Comparison(String code, boolean matches) {
    }

    @PostMapping("/api/v1/verification/{code}/comparison")
    Comparison compare(@PathVariable String code, @RequestParam("file") MultipartFile file) {
        try {
            return new Comparison(code, conversions.matchesOriginal(code, file.getBytes()));
        } catch (IOException e) {
            throw new CongsoException(ConversionError.CORRUPT_FILE, e);
        }
    }
}
