package vn.congso.portal.legal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to other units and documents in a paragraph ("khoản 1 Điều 12 Luật Giao dịch điện
 * tử", "Nghị định số 45/2020/NĐ-CP", "Điều 5 Nghị định này", "điểm a khoản này") and turns those
 * whose target is known into links, so a reader can follow them (NĐ42 Đ7 k1 a: tra cứu).
 */
public final class CrossReferences {

    private static final String TYPES = "Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định"
            + "|Bộ luật|Luật|Pháp lệnh|Chỉ thị|Công văn|Hiến pháp";
    private static final String CODE = "\\d+/(?:\\d{4}/)?[\\p{Lu}\\d]+(?:-[\\p{Lu}\\d]+)*";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<unit>(?:điểm\\s+(?<p>[a-zđ]\\d?)\\s+)?(?:khoản\\s+(?<k>\\d+)\\s+)?"
            + "(?:Điều\\s+(?<d>\\d+[a-z]?)(?:\\s+(?:của\\s+)?(?<tt>" + TYPES + ")\\s+(?:(?<self>này)|(?:số\\s+)?(?<tcode>" + CODE
            + ")|(?<tname>\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,10})))?"
            + "|(?<dthis>Điều\\s+này)|(?<kthis>khoản\\s+này)))"
            + "|(?<doc>(?<dt>" + TYPES + ")\\s+(?:số\\s+)?(?<dcode>" + CODE + "))");

    /** What the register knows: documents by code, laws by name. */
    public interface Targets {

        Optional<String> slugByCode(String code);

        /** The law whose name starts the text (case-insensitive): its slug and how many characters the name takes. */
        Optional<NamedTarget> lawByName(String text);
    }

    public record NamedTarget(String slug, int length) {
    }

    /** A run of text; {@code href} is null for plain text. */
    public record Segment(String text, String href) {
    }

    /**
     * @param anchors        anchors of the document the paragraph belongs to
     * @param articleAnchor  the article the paragraph is in ("Điều này"), null outside articles
     * @param clauseAnchor   the clause the paragraph is in ("khoản này"), null outside clauses
     */
    public record Context(Set<String> anchors, String articleAnchor, String clauseAnchor) {
    }

    private final Targets targets;

    public CrossReferences(Targets targets) {
        this.targets = targets;
    }

    public List<Segment> link(String paragraph, Context context) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = REFERENCE.matcher(paragraph);
        int position = 0;
        while (m.find()) {
            int end = m.end();
            String href;
            if (m.group("doc") != null) {
                href = targets.slugByCode(m.group("dcode")).map(s -> "/van-ban/" + s).orElse(null);
            } else if (m.group("dthis") != null || m.group("kthis") != null) {
                href = thisUnit(m, context);
            } else if (m.group("tname") != null) {
                Optional<NamedTarget> law = "Luật".equals(m.group("tt")) || "Bộ luật".equals(m.group("tt"))
                        ? targets.lawByName(m.group("tname")) : Optional.empty();
                href = law.map(l -> "/van-ban/" + l.slug() + "#" + anchor(m)).orElse(null);
                end = law.map(l -> m.start("tname") + l.length()).orElse(m.start("tname"));
            } else if (m.group("tcode") != null) {
                href = targets.slugByCode(m.group("tcode")).map(s -> "/van-ban/" + s + "#" + anchor(m)).orElse(null);
            } else {
                String anchor = anchor(m);
                href = context.anchors().contains(anchor) ? "#" + anchor : null;
                if (href == null && m.group("tt") != null && m.group("self") == null) {
                    end = m.start("tt");
                }
            }
            if (href == null) {
                continue;
            }
            if (m.start() > position) {
                segments.add(new Segment(paragraph.substring(position, m.start()), null));
            }
            segments.add(new Segment(paragraph.substring(m.start(), end), href));
            position = end;
        }
        if (position < paragraph.length()) {
            segments.add(new Segment(paragraph.substring(position), null));
        }
        return segments;
    }

    private static String thisUnit(Matcher m, Context context) {
        String base = m.group("dthis") != null ? context.articleAnchor() : context.clauseAnchor();
        if (base == null) {
            return null;
        }
        String anchor = base;
        if (m.group("k") != null && m.group("dthis") != null) {
            anchor += "-khoan-" + m.group("k");
        }
        if (m.group("p") != null) {
            anchor += "-diem-" + point(m.group("p"));
        }
        return context.anchors().contains(anchor) ? "#" + anchor : null;
    }

    private static String anchor(Matcher m) {
        String anchor = "dieu-" + m.group("d");
        if (m.group("k") != null) {
            anchor += "-khoan-" + m.group("k");
        }
        if (m.group("p") != null) {
            anchor += (m.group("k") == null ? "" : "") + "-diem-" + point(m.group("p"));
        }
        return anchor;
    }

    private static String point(String letter) {
        String lower = letter.toLowerCase(Locale.ROOT);
        return lower.startsWith("đ") ? "dd" + lower.substring(1) : lower;
    }
}
