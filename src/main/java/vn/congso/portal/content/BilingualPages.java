package vn.congso.portal.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.shared.CongsoException;

/** The Vietnamese/English page pairs (NĐ42 Đ7 k2); each side keeps its own update time and author. */
@Service
class BilingualPages {

    static final String AUDIT_TYPE = "portal-page";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BilingualPages(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<BilingualPage> all() {
        return jdbc.sql("select * from portal_content_bilingual_page order by position").query(BilingualPages::page).list();
    }

    @Transactional(readOnly = true)
    BilingualPage page(String code) {
        return find(code, false).orElseThrow(() -> new CongsoException(ContentError.PAGE_NOT_FOUND));
    }

    /**
     * Saves both sides as submitted; a side's update time moves only when its text really changed, so
     * a translation left behind shows as stale.
     *
     * @return the languages that changed
     */
    @Transactional
    List<String> save(String code, String titleVi, String bodyVi, String titleEn, String bodyEn) {
        BilingualPage current = find(code, true).orElseThrow(() -> new CongsoException(ContentError.PAGE_NOT_FOUND));
        String actor = ContentManagement.actor();
        Instant now = ContentTime.now();
        boolean vi = !Objects.equals(current.titleVi(), titleVi) || !Objects.equals(current.bodyVi(), bodyVi);
        boolean en = !Objects.equals(current.titleEn(), titleEn) || !Objects.equals(current.bodyEn(), bodyEn);
        if (vi) {
            jdbc.sql("update portal_content_bilingual_page set title_vi = :title, body_vi = :body, updated_vi_at = :now, "
                    + "updated_vi_by = :actor where code = :code").param("title", titleVi).param("body", bodyVi)
                    .param("now", Timestamp.from(now)).param("actor", actor).param("code", code).update();
        }
        if (en) {
            jdbc.sql("update portal_content_bilingual_page set title_en = :title, body_en = :body, updated_en_at = :now, "
                    + "updated_en_by = :actor where code = :code").param("title", titleEn).param("body", bodyEn)
                    .param("now", Timestamp.from(now)).param("actor", actor).param("code", code).update();
        }
        List<String> changed = vi && en ? List.of("vi", "en") : vi ? List.of("vi") : en ? List.of("en") : List.of();
        if (!changed.isEmpty()) {
            audit.record("content.page.update", AUDIT_TYPE, code, String.join(",", changed));
        }
        return changed;
    }

    /** The latest change of any side of any page, for the sitemap. */
    @Transactional(readOnly = true)
    Instant modified(String language) {
        String column = "en".equals(language) ? "updated_en_at" : "updated_vi_at";
        return jdbc.sql("select max(" + column + ") from portal_content_bilingual_page").query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    private Optional<BilingualPage> find(String code, boolean lock) {
        return jdbc.sql("select * from portal_content_bilingual_page where code = :code" + (lock ? " for update" : ""))
                .param("code", code).query(BilingualPages::page).optional();
    }

    private static BilingualPage page(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BilingualPage(rs.getString("code"), rs.getInt("position"), rs.getString("title_vi"), rs.getString("body_vi"),
                ArticleRepository.instant(rs, "updated_vi_at"), rs.getString("updated_vi_by"), rs.getString("title_en"),
                rs.getString("body_en"), ArticleRepository.instant(rs, "updated_en_at"), rs.getString("updated_en_by"));
    }
}
