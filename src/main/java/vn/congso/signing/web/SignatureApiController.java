package vn.congso.signing.web;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.congso.shared.CongsoException;
import vn.congso.signing.SignatureSummary;
import vn.congso.signing.SigningError;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.SigningProperties;
import vn.congso.signing.ValidationSummary;
import vn.congso.signing.Verdict;

/** Signature validation for programs: a PDF in (multipart field {@code file}), the summary or a DSS report out. */
@RestController
@RequestMapping("/api/v1/signatures")
class SignatureApiController {

    private final SigningManagement signing;
    private final SigningProperties properties;
    private final MessageSource messages;

    SignatureApiController(SigningManagement signing, SigningProperties properties, MessageSource messages) {
        this.signing = signing;
        this.properties = properties;
        this.messages = messages;
    }

    /** The summary, with the verdict and reasons in words in the reader's language (Vietnamese by default). */
    record ValidationResponse(Verdict verdict, String verdictText, OffsetDateTime validatedAt, long documentSize,
                              List<SignatureResponse> signatures) {
    }

    /** One signature's summary and, when it is not valid, why, in words. */
    record SignatureResponse(@JsonUnwrapped SignatureSummary summary, String reasonText) {
    }

    @PermitAll
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ValidationResponse validate(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
        ValidationSummary summary = signing.validate(UploadedPdf.read(file, properties.maxUploadSize()));
        List<SignatureResponse> signatures = summary.signatures().stream()
                .map(s -> new SignatureResponse(s, s.reasonKey() == null ? null
                        : messages.getMessage(s.reasonKey(), s.reasonArguments().toArray(), locale)))
                .toList();
        return new ValidationResponse(summary.verdict(), messages.getMessage(summary.verdict().messageKey(), null, locale),
                summary.validatedAt(), summary.documentSize(), signatures);
    }

    /** One of the full DSS reports as XML: {@code simple}, {@code detailed} or {@code diagnostic}. */
    @PermitAll
    @PostMapping(path = "/validate/reports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> report(@PathVariable String kind,
                                  @RequestParam(name = "file", required = false) MultipartFile file) {
        if (!List.of("simple", "detailed", "diagnostic").contains(kind)) {
            throw new CongsoException(SigningError.UNKNOWN_REPORT);
        }
        String xml = signing.validate(UploadedPdf.read(file, properties.maxUploadSize())).reports().byName(kind);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).body(xml);
    }
}
