package vn.congso.signing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a person checking a signed PDF needs to know: the overall verdict and, per signature, who
 * signed, when, which part of the document the signature covers and whether it changed afterwards.
 * The full DSS reports travel along but are left out of JSON.
 */
public record ValidationSummary(
        Verdict verdict,
        OffsetDateTime validatedAt,
        long documentSize,
        List<SignatureSummary> signatures,
        @JsonIgnore ValidationReports reports) {
}
