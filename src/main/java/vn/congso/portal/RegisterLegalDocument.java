package vn.congso.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An officer's reviewed import: the header fields as edited, the text whose body becomes the
 * structure (the {@code documentIndex}-th document in it), and the original file if one was uploaded.
 *
 * @param type      the type's header name ("NGHỊ ĐỊNH") or enum name
 * @param relations codes of earlier documents this one replaces, amends or repeals
 */
public record RegisterLegalDocument(String type, String code, String issuer, String place, LocalDate issueDate,
                                    LocalDate effectiveDate, LegalDocumentStatus status, String summary,
                                    String signerName, String signerTitle, String field, String text,
                                    int documentIndex, String originalFileKey,
                                    Map<LegalRelationKind, List<String>> relations) {

    public RegisterLegalDocument {
        relations = relations == null ? Map.of() : Map.copyOf(relations);
    }
}
