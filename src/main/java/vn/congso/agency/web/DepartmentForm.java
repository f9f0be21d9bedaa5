package vn.congso.agency.web;

import vn.congso.agency.Department;

/** Adding (code and names) or renaming (names) a department. */
public class DepartmentForm {

    private String code;
    private String nameVi;
    private String nameEn;

    static DepartmentForm of(Department d) {
        DepartmentForm form = new DepartmentForm();
        form.code = d.code();
        form.nameVi = d.nameVi();
        form.nameEn = d.nameEn();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}
