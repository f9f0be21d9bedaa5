package vn.congso.portal.legal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.congso.portal.legal.domain.StructureNode.Kind;
import vn.congso.shared.VietnameseText;

/**
 * Builds the body tree while the reader walks the lines, and gives each unit its anchor and citation.
 * <p>Anchors: {@code chuong-ii}, {@code chuong-iv-muc-1}, {@code dieu-4}, {@code dieu-4-khoan-2},
 * {@code dieu-4-khoan-2-diem-a}. Articles are numbered through the whole document, so their anchors
 * do not carry the chapter. The point letter đ becomes {@code dd}: no other point letter is two
 * letters long, so {@code diem-dd} never collides with {@code diem-d}. A unit without a parent
 * (the numbered paragraphs of a letter) gets {@code khoan-1}, {@code diem-a}.
 */
final class StructureTree {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String designation;
    private final List<ParseWarning> warnings;
    private final List<Builder> roots = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private Builder part;
    private Builder chapter;
    private Builder section;
    private Builder article;
    private Builder clause;
    private Builder point;
    private Builder headingTarget;

    StructureTree(String designation, List<ParseWarning> warnings) {
        this.designation = designation;
        this.warnings = warnings;
    }

    void part(String label, String heading) {
        part = add(null, Kind.PART, label, "phan-" + slug(label), "Phần " + label, heading);
        chapter = section = article = clause = point = null;
    }

    void chapter(String label, String heading) {
        chapter = add(part, Kind.CHAPTER, label, "chuong-" + slug(label), "Chương " + label, heading);
        section = article = clause = point = null;
    }

    void section(String label, String heading) {
        String anchorPrefix = chapter == null ? "" : chapter.anchor + "-";
        String cited = "Mục " + label + (chapter == null ? "" : " Chương " + chapter.label);
        section = add(chapter != null ? chapter : part, Kind.SECTION, label, anchorPrefix + "muc-" + slug(label), cited, heading);
        article = clause = point = null;
    }

    void article(String label, String heading) {
        Builder parent = section != null ? section : chapter != null ? chapter : part;
        article = add(parent, Kind.ARTICLE, label, "dieu-" + slug(label), "Điều " + label, heading);
        clause = point = null;
    }

    /** Adds khoản n unless n does not follow the previous one (then the line is ordinary text). */
    boolean clause(int number, String text) {
        int previous = article == null ? lastClauseNumber(roots) : lastClauseNumber(article.children);
        if (number <= previous) {
            return false;
        }
        if (number != previous + 1) {
            warnings.add(ParseWarning.of("clause-gap", article == null ? "" : article.label, previous, number));
        }
        String prefix = article == null ? "" : article.anchor + "-";
        String cited = "khoản " + number + (article == null ? "" : " " + article.cited);
        clause = add(article, Kind.CLAUSE, String.valueOf(number), prefix + "khoan-" + number, cited, null);
        clause.paragraphs.add(text);
        point = null;
        return true;
    }

    boolean point(String letter, String text) {
        Builder parent = clause != null ? clause : article;
        String anchor = (parent == null ? "" : parent.anchor + "-") + "diem-" + pointSlug(letter);
        if (anchors.contains(anchor)) {
            return false;
        }
        String cited = "điểm " + letter + (parent == null ? "" : " " + parent.cited);
        point = add(parent, Kind.POINT, letter, anchor, cited, null);
        point.paragraphs.add(text);
        return true;
    }

    /** A line that continues the current unit; false when there is no unit yet (preamble). */
    boolean text(String line) {
        Builder target = point != null ? point : clause != null ? clause : article != null ? article
                : section != null ? section : chapter != null ? chapter : part;
        if (target == null) {
            return false;
        }
        List<String> paragraphs = target.paragraphs;
        if (!paragraphs.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
            // a line broken inside a sentence (PDF, fixed-width exports) continues the paragraph
            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + line);
        } else if (target.heading != null && target.kind == Kind.ARTICLE && paragraphs.isEmpty()
                && Character.isLowerCase(line.codePointAt(0))) {
            target.heading = target.heading + " " + line;
        } else {
            paragraphs.add(line);
        }
        return true;
    }

    /** An upper-case line right after "Chương II" is (part of) its title. */
    void appendHeading(String line) {
        if (headingTarget != null) {
            headingTarget.heading = headingTarget.heading == null || headingTarget.heading.isBlank()
                    ? line : headingTarget.heading + " " + line;
        }
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    List<StructureNode> build() {
        return roots.stream().map(Builder::build).toList();
    }

    private Builder add(Builder parent, Kind kind, String label, String anchor, String cited, String heading) {
        String unique = anchor;
        for (int n = 2; anchors.contains(unique); n++) {
            unique = anchor + "-" + n;
        }
        if (!unique.equals(anchor)) {
            warnings.add(ParseWarning.of("duplicate-unit", cited));
        }
        anchors.add(unique);
        Builder node = new Builder(kind, label, unique, cited, heading == null || heading.isBlank() ? null : heading.strip());
        (parent == null ? roots : parent.children).add(node);
        headingTarget = node;
        return node;
    }

    private static int lastClauseNumber(List<Builder> nodes) {
        return nodes.stream().filter(n -> n.kind == Kind.CLAUSE).mapToInt(n -> Integer.parseInt(n.label)).max().orElse(0);
    }

    private static String slug(String label) {
        return VietnameseText.withoutDiacritics(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String pointSlug(String letter) {
        String lower = letter.toLowerCase(VIETNAMESE);
        return lower.startsWith("đ") ? "dd" + lower.substring(1) : lower;
    }

    private final class Builder {
        final Kind kind;
        final String label;
        final String anchor;
        final String cited;
        String heading;
        final List<String> paragraphs = new ArrayList<>();
        final List<Builder> children = new ArrayList<>();

        Builder(Kind kind, String label, String anchor, String cited, String heading) {
            this.kind = kind;
            this.label = label;
            this.anchor = anchor;
            this.cited = cited;
            this.heading = heading;
        }

        StructureNode build() {
            String citation = designation.isEmpty() ? cited : cited + " " + designation;
            return new StructureNode(kind, label, anchor, heading, paragraphs, citation,
                    children.stream().map(Builder::build).toList());
        }
    }
}
