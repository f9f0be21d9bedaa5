package vn.congso.portal.legal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of one document and its signer block. Units follow NĐ30/2020 Phụ lục I, mục II.8 (Phần,
 * Chương, Mục, Điều, khoản "1.", điểm "a)"); the signer block follows mục II.9 (TM., KT., Q., TL.,
 * TUQ., title, name).
 */
final class BodyReader {

    private static final Pattern PART = Pattern.compile("^(?:Phần|PHẦN)\\s+((?:thứ|THỨ)\\s+\\p{L}+|[IVXLC]+|\\d+)\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern CHAPTER = Pattern.compile("^(?:Chương|CHƯƠNG)\\s+([IVXLC]+|\\d+)\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(?:Mục|MỤC)\\s+(\\d+|[IVXLC]+)\\s*[.:\\-–]?\\s*(\\p{Lu}.*)?$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:Điều|ĐIỀU)\\s+(\\d+[a-z]?)\\s*(?:[.:]\\s*(.*))?$");
    private static final Pattern CLAUSE = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
    private static final Pattern POINT = Pattern.compile("^(?:[-–•]\\s*)?([a-zđ]\\d{0,2})\\)\\s*(\\S.*)$");
    private static final Pattern CAPACITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s*(\\S.*)$");
    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?.*$");
    private static final Pattern SIGNED_NOTE = Pattern.compile("^\\(.*\\)$|^\\[.*\\]$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern DEPUTY = Pattern.compile("\\s(?=PHÓ\\s|THỨ TRƯỞNG)");

    private final List<String> lines;
    private final StructureTree tree;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();
    private final List<String> capacity = new ArrayList<>();
    private String signerTitle;
    private String signerName;

    BodyReader(List<String> lines, HeaderReader header) {
        this.lines = lines;
        this.tree = new StructureTree(header.designation(), warnings);
    }

    void read() {
        int bodyEnd = bodyEnd();
        String pendingTitleFor = null;
        for (int i = 0; i < bodyEnd; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (pendingTitleFor != null && HeaderReader.isUpperCase(line) && !isUnitStart(line)) {
                tree.appendHeading(line);
                continue;
            }
            pendingTitleFor = null;
            Matcher m;
            if ((m = PART.matcher(line)).matches()) {
                tree.part(m.group(1), m.group(2));
                pendingTitleFor = "part";
            } else if ((m = CHAPTER.matcher(line)).matches()) {
                tree.chapter(m.group(1), m.group(2));
                pendingTitleFor = "chapter";
            } else if ((m = SECTION.matcher(line)).matches()) {
                tree.section(m.group(1), m.group(2));
                pendingTitleFor = "section";
            } else if ((m = ARTICLE.matcher(line)).matches()) {
                tree.article(m.group(1), m.group(2));
            } else if ((m = CLAUSE.matcher(line)).matches() && tree.clause(Integer.parseInt(m.group(1)), m.group(2))) {
                continue;
            } else if ((m = POINT.matcher(line)).matches() && tree.point(m.group(1), m.group(2))) {
                continue;
            } else if (!tree.text(line)) {
                appendPreamble(line);
            }
        }
        readSigner(bodyEnd);
        if (tree.isEmpty() && preamble.isEmpty()) {
            warnings.add(ParseWarning.of("no-body"));
        }
    }

    private static boolean isUnitStart(String line) {
        return PART.matcher(line).matches() || CHAPTER.matcher(line).matches() || SECTION.matcher(line).matches()
                || ARTICLE.matcher(line).matches();
    }

    private void appendPreamble(String line) {
        if (!preamble.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
            preamble.set(preamble.size() - 1, preamble.get(preamble.size() - 1) + " " + line);
        } else {
            preamble.add(line);
        }
    }

    /** The body ends at "Nơi nhận", at the signer's capacity line, or before a trailing title-and-name block. */
    private int bodyEnd() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RECIPIENTS.matcher(line).matches() || CAPACITY.matcher(line).matches() && HeaderReader.isUpperCase(line)) {
                return i;
            }
        }
        int last = lines.size() - 1;
        while (last >= 0 && (lines.get(last).isBlank() || SIGNED_NOTE.matcher(lines.get(last)).matches())) {
            last--;
        }
        if (last > 0 && PERSON_NAME.matcher(lines.get(last)).matches()) {
            int title = last - 1;
            while (title >= 0 && (lines.get(title).isBlank() || SIGNED_NOTE.matcher(lines.get(title)).matches())) {
                title--;
            }
            if (title >= 0 && HeaderReader.isUpperCase(lines.get(title)) && !isUnitStart(lines.get(title))) {
                return title;
            }
        }
        return lines.size();
    }

    private void readSigner(int from) {
        boolean inRecipients = false;
        List<String> titles = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || SIGNED_NOTE.matcher(line).matches()) {
                continue;
            }
            if (RECIPIENTS.matcher(line).matches()) {
                inRecipients = true;
                continue;
            }
            if (inRecipients && (line.startsWith("-") || line.startsWith("+") || !HeaderReader.isUpperCase(line)
                    && signerName == null && titles.isEmpty() && capacity.isEmpty())) {
                continue;
            }
            inRecipients = false;
            Matcher m = CAPACITY.matcher(line);
            if (HeaderReader.isUpperCase(line) && m.matches()) {
                String[] split = DEPUTY.split(line, 2);
                capacity.add(split[0].strip());
                if (split.length > 1) {
                    titles.add(split[1].strip());
                }
            } else if (HeaderReader.isUpperCase(line)) {
                titles.add(line);
            } else if (signerName == null && (!titles.isEmpty() || !capacity.isEmpty())) {
                signerName = line;
            }
        }
        if (!titles.isEmpty()) {
            signerTitle = String.join(" ", titles);
        }
        if (signerTitle == null && signerName == null) {
            warnings.add(ParseWarning.of("no-signer"));
        } else if (signerName == null) {
            warnings.add(ParseWarning.of("no-signer-name"));
        }
    }

    List<ParseWarning> warnings() {
        return warnings;
    }

    List<String> preamble() {
        return preamble;
    }

    List<StructureNode> structure() {
        return tree.build();
    }

    String signerCapacity() {
        return capacity.isEmpty() ? null : String.join(" / ", capacity);
    }

    String signerTitle() {
        return signerTitle;
    }

    String signerName() {
        return signerName;
    }
}
