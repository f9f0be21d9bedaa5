package vn.congso.portal.content;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.shared.CongsoException;

/** The administrator's list of related agencies' portals (NĐ42 Đ7 k1 b). */
@Service
class RelatedLinks {

    static final String AUDIT_TYPE = "portal-link";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContentProperties properties;

    RelatedLinks(JdbcClient jdbc, AuditLog audit, ContentProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    List<RelatedLink> all() {
        return jdbc.sql("select * from portal_content_related_link order by position, id")
                .query((rs, n) -> new RelatedLink(rs.getLong("id"), rs.getString("name_vi"), rs.getString("name_en"),
                        rs.getString("url"), rs.getInt("position"))).list();
    }

    /** The message key of what is wrong with the address, or null. */
    String problem(String url) {
        return LinkRules.check(url, properties.linkHostExceptions());
    }

    @Transactional
    RelatedLink add(String nameVi, String nameEn, String url) {
        String problem = problem(url);
        if (problem != null) {
            throw new CongsoException(ContentError.INVALID_LINK, url);
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 10 from portal_content_related_link").query(Integer.class).single();
        long id = jdbc.sql("""
                insert into portal_content_related_link (name_vi, name_en, url, position, added_at, added_by)
                values (:vi, :en, :url, :position, :now, :actor) returning id
                """).param("vi", nameVi).param("en", nameEn).param("url", url.strip()).param("position", position)
                .param("now", Timestamp.from(ContentTime.now())).param("actor", ContentManagement.actor())
                .query(Long.class).single();
        audit.record("content.link.add", AUDIT_TYPE, String.valueOf(id), nameVi + " " + url.strip());
        return new RelatedLink(id, nameVi, nameEn, url.strip(), position);
    }

    @Transactional
    void remove(long id) {
        RelatedLink link = all().stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new CongsoException(ContentError.LINK_NOT_FOUND));
        jdbc.sql("delete from portal_content_related_link where id = :id").param("id", id).update();
        audit.record("content.link.remove", AUDIT_TYPE, String.valueOf(id), link.nameVi() + " " + link.url());
    }

    @Transactional(readOnly = true)
    boolean urlTaken(String url) {
        return jdbc.sql("select count(*) from portal_content_related_link where url = :url").param("url", url.strip())
                .query(Long.class).single() > 0;
    }
}
