package vn.congso.portal.content;

/** The staff form for one Vietnamese/English page pair. */
class PageForm {

    private String titleVi;
    private String bodyVi;
    private String titleEn;
    private String bodyEn;

    static PageForm of(BilingualPage page) {
        PageForm form = new PageForm();
        form.titleVi = page.titleVi();
        form.bodyVi = page.bodyVi();
        form.titleEn = page.titleEn();
        form.bodyEn = page.bodyEn();
        return form;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getBodyVi() {
        return bodyVi;
    }

    public void setBodyVi(String bodyVi) {
        this.bodyVi = bodyVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
