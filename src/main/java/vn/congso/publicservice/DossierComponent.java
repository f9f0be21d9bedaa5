package vn.congso.publicservice;

/**
 * Thành phần hồ sơ.
 *
 * @param templateFile file name of the form template (mẫu đơn, tờ khai), if there is one
 * @param conditional  needed only in the case the name describes
 * @param presentOnly  shown at the counter, not handed in (xuất trình)
 */
public record DossierComponent(String name, int originals, int copies, String templateFile,
                               boolean conditional, boolean presentOnly) {
}
