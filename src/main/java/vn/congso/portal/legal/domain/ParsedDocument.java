package vn.congso.portal.legal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the parser read from one document: header fields (null when absent, never guessed), the
 * body tree and the warnings for whatever was missing.
 *
 * @param effectiveDate the date the text says it takes effect ("có hiệu lực thi hành từ ngày 15 tháng 8
 *                      năm 2022"; "kể từ ngày ký" is the issue date); null when it does not say
 */
public record ParsedDocument(DocumentType type, String issuer, NumberSymbol numberSymbol, String place,
                             LocalDate issueDate, String summary, String signerCapacity, String signerTitle,
                             String signerName, List<String> preamble, List<StructureNode> structure,
                             List<ParseWarning> warnings, LocalDate effectiveDate) {

    public ParsedDocument {
        preamble = List.copyOf(preamble);
        structure = List.copyOf(structure);
        warnings = List.copyOf(warnings);
    }

    public String code() {
        return numberSymbol == null ? null : numberSymbol.code();
    }

    public Integer number() {
        return numberSymbol == null ? null : numberSymbol.number();
    }

    public Integer year() {
        return numberSymbol == null ? null : numberSymbol.year();
    }

    public Stream<StructureNode> nodes() {
        return structure.stream().flatMap(StructureNode::flatten);
    }

    public long count(StructureNode.Kind kind) {
        return nodes().filter(n -> n.kind() == kind).count();
    }
}
