package vn.congso.portal.legal.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * One unit of a document's body: Phần, Chương, Mục, Điều, khoản or điểm (NĐ30/2020 Phụ lục I, mục
 * II.8; Luật Ban hành VBQPPL 2015 Đ61), with the anchor that deep-links it and the citation text.
 *
 * @param label      the unit's number as printed: "II", "4", "2", "đ"
 * @param anchor     unique in the document: {@code dieu-4-khoan-2-diem-dd}
 * @param heading    chapter/section/article title; for khoản and điểm null
 * @param paragraphs the unit's own text, without its children
 * @param citation   how a reader cites it: "điểm a khoản 1 Điều 4 Nghị định 137/2024/NĐ-CP"
 */
public record StructureNode(Kind kind, String label, String anchor, String heading, List<String> paragraphs,
                            String citation, List<StructureNode> children) {

    public enum Kind { PART, CHAPTER, SECTION, ARTICLE, CLAUSE, POINT }

    public StructureNode {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    /** This node and every node below it, in reading order. */
    public Stream<StructureNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(StructureNode::flatten));
    }

    /** The text of this node and its children, for search and previews. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        flatten().forEach(n -> {
            if (n.heading != null) {
                text.append(n.heading).append('\n');
            }
            n.paragraphs.forEach(p -> text.append(p).append('\n'));
        });
        return text.toString().strip();
    }
}
