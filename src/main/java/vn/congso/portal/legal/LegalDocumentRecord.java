package vn.congso.portal.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.congso.portal.LegalDocumentStatus;
import vn.congso.portal.LegalDocumentSummary;
import vn.congso.portal.LegalRelationKind;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.domain.StructureNode;

/** A registered document with its body tree, files and relations, as the pages and the search feed read it. */
public record LegalDocumentRecord(long id, String slug, DocumentType type, String code, Integer number, Integer year,
                                  String issuer, String place, LocalDate issueDate, LocalDate effectiveDate,
                                  LegalDocumentStatus status, String summary, String signerName, String signerTitle,
                                  String field, List<String> preamble, List<StructureNode> structure,
                                  List<FileRef> files, List<Relation> relations, Instant updatedAt) {

    public record FileRef(String key, String fileName, String mediaType, long sizeBytes) {
    }

    public record Relation(LegalRelationKind kind, String targetCode, String targetSlug) {
    }

    /** The year lists and facets use: the code's year, else the issue date's. */
    public Integer effectiveYear() {
        return year != null ? year : issueDate == null ? null : issueDate.getYear();
    }

    /** How citations name it: "Nghị định 137/2024/NĐ-CP". */
    public String designation() {
        return number != null && code != null ? type.citationName() + " " + code : type.citationName();
    }

    public LegalDocumentSummary summaryRow() {
        return new LegalDocumentSummary(id, slug, type.heading(), code, issuer, issueDate, effectiveDate, status, summary);
    }
}
