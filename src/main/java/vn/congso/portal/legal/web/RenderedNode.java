package vn.congso.portal.legal.web;

import java.util.List;
import vn.congso.portal.legal.domain.CrossReferences.Segment;

/**
 * A body unit ready for the page: its heading level (h2 for the top units, one deeper per level,
 * so headings never skip a level) and its paragraphs with references already linked.
 */
public record RenderedNode(String kind, String label, String anchor, String heading, int headingLevel,
                    List<List<Segment>> paragraphs, String citation, List<RenderedNode> children) {

    public boolean isHeaded() {
        return !"clause".equals(kind) && !"point".equals(kind);
    }
}
