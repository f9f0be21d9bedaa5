package vn.congso.documents.web;

import jakarta.validation.constraints.NotBlank;
import vn.congso.documents.WorkFileManagement;

/** An entry of the yearly file list (danh mục hồ sơ) as typed on the page. */
class WorkFileForm {

    private int year;
    @NotBlank
    private String code;
    @NotBlank
    private String title;
    @NotBlank
    private String retention;
    @NotBlank
    private String responsible;

    WorkFileManagement.Entry toEntry() {
        return new WorkFileManagement.Entry(year, code, title, retention, responsible);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }
}
