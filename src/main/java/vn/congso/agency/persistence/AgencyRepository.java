package vn.congso.agency.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.congso.agency.AgencyLevel;
import vn.congso.agency.AgencyProfile;
import vn.congso.agency.Department;

@Repository
public class AgencyRepository {

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencyProfile> profile() {
        return jdbc.sql("select * from agency_profile where id = 1")
                .query((rs, n) -> new AgencyProfile(rs.getString("name_vi"), rs.getString("name_en"),
                        rs.getString("parent_name"), AgencyLevel.valueOf(rs.getString("level")),
                        rs.getString("admin_unit_code"), rs.getString("identifier_code"), rs.getString("address"),
                        rs.getString("phone"), rs.getString("email"), rs.getString("domain"),
                        rs.getString("system_name"), rs.getString("system_owner"),
                        rs.getString("security_contact_email"), rs.getString("security_contact_phone")))
                .optional();
    }

    public void save(AgencyProfile p) {
        jdbc.sql("""
                insert into agency_profile (id, name_vi, name_en, parent_name, level, admin_unit_code, identifier_code,
                  address, phone, email, domain, system_name, system_owner, security_contact_email, security_contact_phone, updated_at)
                values (1, :nameVi, :nameEn, :parentName, :level, :adminUnitCode, :identifierCode, :address, :phone, :email,
                  :domain, :systemName, :systemOwner, :securityContactEmail, :securityContactPhone, now())
                on conflict (id) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
                  parent_name = excluded.parent_name, level = excluded.level, admin_unit_code = excluded.admin_unit_code,
                  identifier_code = excluded.identifier_code, address = excluded.address, phone = excluded.phone,
                  email = excluded.email, domain = excluded.domain, system_name = excluded.system_name,
                  system_owner = excluded.system_owner, security_contact_email = excluded.security_contact_email,
                  security_contact_phone = excluded.security_contact_phone, updated_at = now()
                """)
                .params(parameters(p))
                .update();
    }

    private static java.util.Map<String, Object> parameters(AgencyProfile p) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("nameVi", p.nameVi());
        values.put("nameEn", p.nameEn());
        values.put("parentName", p.parentName());
        values.put("level", p.level().name());
        values.put("adminUnitCode", p.adminUnitCode());
        values.put("identifierCode", p.identifierCode());
        values.put("address", p.address());
        values.put("phone", p.phone());
        values.put("email", p.email());
        values.put("domain", p.domain());
        values.put("systemName", p.systemName());
        values.put("systemOwner", p.systemOwner());
        values.put("securityContactEmail", p.securityContactEmail());
        values.put("securityContactPhone", p.securityContactPhone());
        return values;
    }

    public List<Department> departments() {
        return jdbc.sql("select * from agency_department order by name_vi").query(AgencyRepository::department).list();
    }

    public Optional<Department> department(long id) {
        return jdbc.sql("select * from agency_department where id = ?").param(id).query(AgencyRepository::department).optional();
    }

    public long addDepartment(String code, String nameVi, String nameEn) {
        return jdbc.sql("insert into agency_department (code, name_vi, name_en) values (?, ?, ?) returning id")
                .params(code, nameVi, nameEn).query(Long.class).single();
    }

    public Optional<Department> departmentByCode(String code) {
        return jdbc.sql("select * from agency_department where code = ?").param(code).query(AgencyRepository::department).optional();
    }

    public void renameDepartment(long id, String nameVi, String nameEn) {
        jdbc.sql("update agency_department set name_vi = ?, name_en = ? where id = ?").params(nameVi, nameEn, id).update();
    }

    public void setDepartmentActive(long id, boolean active) {
        jdbc.sql("update agency_department set active = ? where id = ?").params(active, id).update();
    }

    private static Department department(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getBoolean("active"));
    }
}
