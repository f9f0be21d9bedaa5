package vn.congso.portal.legal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congso.shared.VietnameseText;

/**
 * Reads Vietnamese administrative and legal documents from plain text (NĐ30/2020 Phụ lục I: header
 * with issuer, national motto, "Số:", place and date, type and summary; body; signer block). A text
 * may hold several documents (a letter with the decree it forwards): each national motto starts one.
 * Pure Java; no framework types.
 */
public final class LegalTextParser {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\t|\u2028|\u2029");
    private static final Pattern IN_FORCE = Pattern.compile("có hiệu lực(?: thi hành)?(?: kể)? từ ngày "
            + "(?:(ký)|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4}))");
    private static final String MOTTO = "cong hoa xa hoi chu nghia viet nam";
    private static final Pattern ISSUER_LINE = Pattern.compile("^[\\p{Lu}\\p{M}][\\p{Lu}\\p{M} ,.&-]*$");

    /** Parses every document in the text; an empty list when the text holds no words. */
    public List<ParsedDocument> parse(String text) {
        List<String> lines = lines(text);
        List<Integer> mottos = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isMotto(lines.get(i))) {
                mottos.add(i);
            }
        }
        List<ParsedDocument> documents = new ArrayList<>();
        if (mottos.isEmpty()) {
            if (lines.stream().anyMatch(l -> !l.isBlank())) {
                documents.add(parseOne(lines, 0, -1, lines.size()));
            }
            return documents;
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < mottos.size(); k++) {
            int floor = k == 0 ? 0 : mottos.get(k - 1) + 1;
            starts.add(issuerStart(lines, mottos.get(k), floor));
        }
        for (int k = 0; k < mottos.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            documents.add(parseOne(lines, starts.get(k), mottos.get(k), end));
        }
        return documents;
    }

    private static ParsedDocument parseOne(List<String> lines, int start, int motto, int end) {
        HeaderReader header = new HeaderReader(lines, start, motto, end);
        header.read();
        BodyReader body = new BodyReader(lines.subList(header.bodyStart(), end), header);
        body.read();
        List<ParseWarning> warnings = new ArrayList<>(header.warnings());
        warnings.addAll(body.warnings());
        List<StructureNode> structure = body.structure();
        return new ParsedDocument(header.type(), header.issuer(), header.numberSymbol(), header.place(),
                header.issueDate(), header.summary(), body.signerCapacity(), body.signerTitle(), body.signerName(),
                body.preamble(), structure, warnings, effectiveDate(structure, header.issueDate()));
    }

    /** The entry-into-force clause (Luật Ban hành VBQPPL 2015 Đ151): a date, or "kể từ ngày ký" = the issue date. */
    private static LocalDate effectiveDate(List<StructureNode> structure, LocalDate issueDate) {
        for (String paragraph : structure.stream().flatMap(StructureNode::flatten)
                .flatMap(n -> n.paragraphs().stream()).toList()) {
            Matcher m = IN_FORCE.matcher(paragraph);
            if (!m.find()) {
                continue;
            }
            if (m.group(1) != null) {
                return issueDate;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** NFC, one line per paragraph; table cells (tabs) become lines, bold markers of Markdown exports vanish. */
    static List<String> lines(String text) {
        String clean = VietnameseText.nfc(text)
                .replace("\uFEFF", "").replace("\u200B", "").replace('\u00A0', ' ')
                .replace("****", "\n").replace("**", "");
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(clean, -1)) {
            lines.add(line.strip());
        }
        return lines;
    }

    /** The motto line is upper case (or the phrase alone): the name of the State inside a sentence is not a header. */
    static boolean isMotto(String line) {
        String folded = VietnameseText.withoutDiacritics(line).replaceAll("\\s+", " ").strip();
        return folded.contains(MOTTO) && (HeaderReader.isUpperCase(line) || folded.equals(MOTTO));
    }

    /** The issuer's lines stand right above the motto (upper case, no digits); noise such as "TTBT (2)" stops the walk. */
    private static int issuerStart(List<String> lines, int motto, int floor) {
        int start = motto;
        int taken = 0;
        for (int i = motto - 1; i >= floor && taken < 4; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!ISSUER_LINE.matcher(line).matches() || line.startsWith("KT.") || line.startsWith("TM.")) {
                break;
            }
            start = i;
            taken++;
        }
        return start;
    }
}
