package vn.congso.portal;

import java.time.LocalDate;

/**
 * One row of the legal document register, as lists and other modules see it.
 *
 * @param slug address part: {@code /van-ban/137-2024-nd-cp}
 * @param type the type's header name ("NGHỊ ĐỊNH", "CÔNG VĂN")
 * @param code số, ký hiệu; null or without number for drafts
 */
public record LegalDocumentSummary(long id, String slug, String type, String code, String issuer, LocalDate issueDate,
                                   LocalDate effectiveDate, LegalDocumentStatus status, String summary) {
}
