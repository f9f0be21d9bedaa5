package vn.congso.publicservice.catalogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congso.portal.LegalDocumentManagement;
import vn.congso.shared.VietnameseText;

/**
 * The legal basis of a procedure linked into the portal's legal-document register (NĐ42 Đ12 k1: căn cứ
 * pháp lý of each procedure is published; NĐ42 Đ4 k1 a: the register is the portal's). A basis whose
 * document is not in the register stays plain text.
 */
@Component
public class LegalBasisLinks {

    private final LegalDocumentManagement legalDocuments;

    LegalBasisLinks(LegalDocumentManagement legalDocuments) {
        this.legalDocuments = legalDocuments;
    }

    /**
     * Each basis as written in the catalogue, to the register's address of its document or null. The number
     * and symbol is the entry's first word ("91/2015/QH13 (Bộ luật Dân sự)" → "91/2015/QH13").
     */
    public Map<String, String> links(List<String> legalBasis) {
        Map<String, String> slugs = new HashMap<>();
        legalDocuments.slugsByCode().forEach((code, slug) -> slugs.putIfAbsent(key(code), slug));
        Map<String, String> links = new LinkedHashMap<>();
        for (String basis : legalBasis) {
            String slug = slugs.get(key(basis.strip().split("\\s+", 2)[0]));
            links.put(basis, slug == null ? null : "/van-ban/" + slug);
        }
        return links;
    }

    private static String key(String code) {
        return VietnameseText.nfc(code).strip().toUpperCase(Locale.ROOT);
    }
}
