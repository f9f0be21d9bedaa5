package vn.congso.portal.legal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congso.portal.legal.LegalDocumentRecord;
import vn.congso.portal.legal.domain.CrossReferences;
import vn.congso.portal.legal.domain.CrossReferences.Context;
import vn.congso.portal.legal.domain.CrossReferences.NamedTarget;
import vn.congso.portal.legal.domain.DocumentType;
import vn.congso.portal.legal.domain.StructureNode;
import vn.congso.portal.legal.persistence.LegalDocumentRepository;
import vn.congso.shared.VietnameseText;

/** Turns a registered document into page nodes, linking references to documents the register holds. */
@Component
class DocumentRendering {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final LegalDocumentRepository repository;

    DocumentRendering(LegalDocumentRepository repository) {
        this.repository = repository;
    }

    List<RenderedNode> render(LegalDocumentRecord document) {
        List<LegalDocumentRecord> register = repository.all();
        CrossReferences references = new CrossReferences(targets(register));
        Set<String> anchors = document.structure().stream().flatMap(StructureNode::flatten)
                .map(StructureNode::anchor).collect(Collectors.toSet());
        return document.structure().stream().map(n -> node(n, 2, references, anchors, null, null)).toList();
    }

    List<List<CrossReferences.Segment>> preamble(LegalDocumentRecord document) {
        CrossReferences references = new CrossReferences(targets(repository.all()));
        Context context = new Context(Set.of(), null, null);
        return document.preamble().stream().map(p -> references.link(p, context)).toList();
    }

    private RenderedNode node(StructureNode n, int level, CrossReferences references, Set<String> anchors,
                              String article, String clause) {
        String articleAnchor = n.kind() == StructureNode.Kind.ARTICLE ? n.anchor() : article;
        String clauseAnchor = n.kind() == StructureNode.Kind.CLAUSE ? n.anchor() : clause;
        Context context = new Context(anchors, articleAnchor, clauseAnchor);
        boolean headed = n.kind() != StructureNode.Kind.CLAUSE && n.kind() != StructureNode.Kind.POINT;
        int childLevel = headed ? Math.min(level + 1, 6) : level;
        return new RenderedNode(n.kind().name().toLowerCase(Locale.ROOT), n.label(), n.anchor(), n.heading(), level,
                n.paragraphs().stream().map(p -> references.link(p, context)).toList(), n.citation(),
                n.children().stream().map(c -> node(c, childLevel, references, anchors, articleAnchor, clauseAnchor)).toList());
    }

    private static CrossReferences.Targets targets(List<LegalDocumentRecord> register) {
        return new CrossReferences.Targets() {
            @Override
            public Optional<String> slugByCode(String code) {
                return register.stream().filter(d -> d.number() != null && code.equals(d.code()))
                        .map(LegalDocumentRecord::slug).findFirst();
            }

            @Override
            public Optional<NamedTarget> lawByName(String text) {
                String lower = text.toLowerCase(VIETNAMESE);
                return register.stream()
                        .filter(d -> d.type() == DocumentType.LAW || d.type() == DocumentType.CODE)
                        .map(d -> new NamedTarget(d.slug(), VietnameseText.nfc(d.summary()).length()))
                        .filter(t -> t.length() > 0)
                        .filter(t -> lower.startsWith(summaryOf(register, t.slug()).toLowerCase(VIETNAMESE)))
                        .max(java.util.Comparator.comparingInt(NamedTarget::length));
            }
        };
    }

    private static String summaryOf(List<LegalDocumentRecord> register, String slug) {
        return register.stream().filter(d -> d.slug().equals(slug)).map(LegalDocumentRecord::summary).findFirst().orElse("");
    }
}
