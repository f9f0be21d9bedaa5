package vn.congso.agency.web;

import vn.congso.agency.AgencyLevel;
import vn.congso.agency.AgencyProfile;

/** The settings form: one property per profile field, so errors can be shown beside each. */
public class ProfileForm {

    private String nameVi;
    private String nameEn;
    private String parentName;
    private AgencyLevel level;
    private String adminUnitCode;
    private String identifierCode;
    private String address;
    private String phone;
    private String email;
    private String domain;
    private String systemName;
    private String systemOwner;
    private String securityContactEmail;
    private String securityContactPhone;

    static ProfileForm of(AgencyProfile p) {
        ProfileForm form = new ProfileForm();
        if (p != null) {
            form.nameVi = p.nameVi();
            form.nameEn = p.nameEn();
            form.parentName = p.parentName();
            form.level = p.level();
            form.adminUnitCode = p.adminUnitCode();
            form.identifierCode = p.identifierCode();
            form.address = p.address();
            form.phone = p.phone();
            form.email = p.email();
            form.domain = p.domain();
            form.systemName = p.systemName();
            form.systemOwner = p.systemOwner();
            form.securityContactEmail = p.securityContactEmail();
            form.securityContactPhone = p.securityContactPhone();
        }
        return form;
    }

    AgencyProfile toProfile() {
        return new AgencyProfile(nameVi, nameEn, parentName, level, adminUnitCode, identifierCode, address, phone,
                email, domain, systemName, systemOwner, securityContactEmail, securityContactPhone);
    }

    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getParentName() { return parentName; }
    public void setParentName(String parentName) { this.parentName = parentName; }
    public AgencyLevel getLevel() { return level; }
    public void setLevel(AgencyLevel level) { this.level = level; }
    public String getAdminUnitCode() { return adminUnitCode; }
    public void setAdminUnitCode(String adminUnitCode) { this.adminUnitCode = adminUnitCode; }
    public String getIdentifierCode() { return identifierCode; }
    public void setIdentifierCode(String identifierCode) { this.identifierCode = identifierCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getSystemName() { return systemName; }
    public void setSystemName(String systemName) { this.systemName = systemName; }
    public String getSystemOwner() { return systemOwner; }
    public void setSystemOwner(String systemOwner) { this.systemOwner = systemOwner; }
    public String getSecurityContactEmail() { return securityContactEmail; }
    public void setSecurityContactEmail(String securityContactEmail) { this.securityContactEmail = securityContactEmail; }
    public String getSecurityContactPhone() { return securityContactPhone; }
    public void setSecurityContactPhone(String securityContactPhone) { this.securityContactPhone = securityContactPhone; }
}
