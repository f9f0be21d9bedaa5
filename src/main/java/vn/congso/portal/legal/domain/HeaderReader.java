package vn.congso.portal.legal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header of one document: issuer, "Số:", place and date, type, summary (NĐ30/2020 Phụ lục I, mục II.1–7). */
final class HeaderReader {

    private static final Pattern NUMBER = Pattern.compile("^(?:[\\p{L} ]{0,40}\\s)?[Ss][ốố]\\s*:\\s*(\\S*(?:\\s*/\\s*\\S+)*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\s)([\\p{L}][\\p{L} .'-]{0,60}?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})?");
    private static final Pattern SUBJECT = Pattern.compile("^(?:V/v|V/V|v/v|Về việc)\\s*:?\\s*(.*)$");
    private static final Pattern BODY_START = Pattern.compile(
            "^(Căn cứ|Kính gửi|Chương\\s|CHƯƠNG\\s|Phần\\s|PHẦN\\s|Điều\\s+\\d|ĐIỀU\\s+\\d|Mục\\s+\\d|Theo đề nghị|Xét đề nghị).*");
    /** Header lines are short; longer lines are body text and never reach the header patterns. */
    private static final int HEADER_LINE_MAX = 400;
    private static final Pattern MOTTO_SECOND_LINE = Pattern.compile("^(Độc lập|ĐỘC LẬP).*|^[-_=.\\s]+$");

    private final List<String> lines;
    private final int start;
    private final int motto;
    private final int end;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private String issuer;
    private NumberSymbol numberSymbol;
    private String place;
    private LocalDate issueDate;
    private DocumentType type;
    private String summary;
    private int bodyStart;

    HeaderReader(List<String> lines, int start, int motto, int end) {
        this.lines = lines;
        this.start = start;
        this.motto = motto;
        this.end = end;
    }

    void read() {
        if (motto < 0) {
            warnings.add(ParseWarning.of("no-motto"));
        } else if (motto > start) {
            issuer = String.join(" ", lines.subList(start, motto).stream().filter(l -> !l.isBlank()).toList());
        }
        int i = motto < 0 ? start : motto + 1;
        while (i < end && (lines.get(i).isBlank() || MOTTO_SECOND_LINE.matcher(lines.get(i)).matches())) {
            i++;
        }
        i = readFields(i);
        bodyStart = i;
        report();
    }

    private int readFields(int from) {
        int i = from;
        int unknown = 0;
        while (i < end) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (unknown > 8) {
                // a header is a handful of lines: this text has none, its body starts at once
                return from;
            }
            if (BODY_START.matcher(line).matches()) {
                return i;
            }
            if (line.length() > HEADER_LINE_MAX) {
                return numberSymbol != null || place != null || type != null || summary != null ? i : from;
            }
            boolean known = false;
            Matcher number = NUMBER.matcher(line);
            if (numberSymbol == null && number.find()) {
                numberSymbol = NumberSymbol.parse(number.group(1));
                known = true;
            }
            Matcher date = PLACE_DATE.matcher(line);
            if (place == null && date.find()) {
                readDate(date);
                known = true;
            }
            Matcher subject = SUBJECT.matcher(line);
            if (summary == null && subject.matches()) {
                i = readSummary(i, subject.group(1));
                if (type == null) {
                    type = DocumentType.OFFICIAL_LETTER;
                }
                continue;
            }
            var heading = DocumentType.ofHeading(line);
            if (type == null && heading.isPresent()) {
                type = heading.get();
                i = readSummary(i + 1, null);
                return skipBlank(i);
            }
            if (!known && (type != null || summary != null)) {
                return i;
            }
            if (!known && numberSymbol != null && place != null) {
                return i;
            }
            if (!known) {
                unknown++;
            }
            i++;
        }
        return i;
    }

    /** The summary: the lines right after the type (or the "V/v" line) until a blank line or the body. */
    private int readSummary(int from, String firstLine) {
        List<String> parts = new ArrayList<>();
        if (firstLine != null && !firstLine.isBlank()) {
            parts.add(firstLine.strip());
        }
        int i = firstLine == null ? skipBlank(from) : from + 1;
        while (i < end) {
            String line = lines.get(i);
            if (line.isBlank() || BODY_START.matcher(line).matches() || isUpperCase(line) && !parts.isEmpty()) {
                break;
            }
            parts.add(line);
            i++;
        }
        if (!parts.isEmpty()) {
            summary = String.join(" ", parts).replaceAll("\\s+", " ");
        }
        return i;
    }

    private void readDate(Matcher date) {
        place = date.group(1).strip();
        String day = date.group(2);
        String month = date.group(3);
        String year = date.group(4);
        if (day == null) {
            warnings.add(ParseWarning.of("no-day"));
        }
        if (month == null) {
            warnings.add(ParseWarning.of("no-month"));
        }
        if (year == null) {
            warnings.add(ParseWarning.of("no-year"));
        }
        if (day != null && month != null && year != null) {
            try {
                issueDate = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException e) {
                warnings.add(ParseWarning.of("invalid-date", day, month, year));
            }
        }
    }

    private void report() {
        if (issuer == null) {
            warnings.add(ParseWarning.of("no-issuer"));
        }
        if (numberSymbol == null) {
            warnings.add(ParseWarning.of("no-code"));
        } else if (numberSymbol.number() == null) {
            warnings.add(ParseWarning.of("no-number", numberSymbol.code()));
        }
        if (place == null) {
            warnings.add(ParseWarning.of("no-place-date"));
        }
        if (type == null) {
            warnings.add(ParseWarning.of("no-type"));
        }
        if (summary == null) {
            warnings.add(ParseWarning.of("no-summary"));
        }
    }

    private int skipBlank(int from) {
        int i = from;
        while (i < end && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    static boolean isUpperCase(String line) {
        return line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase);
    }

    List<ParseWarning> warnings() {
        return warnings;
    }

    String issuer() {
        return issuer;
    }

    NumberSymbol numberSymbol() {
        return numberSymbol;
    }

    String place() {
        return place;
    }

    LocalDate issueDate() {
        return issueDate;
    }

    DocumentType type() {
        return type;
    }

    String summary() {
        return summary;
    }

    int bodyStart() {
        return bodyStart;
    }

    /** How citations name this document: "Nghị định 137/2024/NĐ-CP", "Luật Giao dịch điện tử". */
    String designation() {
        if (type == null) {
            return numberSymbol != null && numberSymbol.number() != null ? numberSymbol.code() : "";
        }
        if ((type == DocumentType.LAW || type == DocumentType.CODE) && summary != null) {
            String lower = summary.toLowerCase(java.util.Locale.forLanguageTag("vi"));
            return type.citationName() + " " + lower.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                    + lower.substring(1);
        }
        return numberSymbol != null && numberSymbol.number() != null
                ? type.citationName() + " " + numberSymbol.code() : type.citationName();
    }
}
