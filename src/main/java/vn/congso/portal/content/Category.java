package vn.congso.portal.content;

import java.util.Locale;

/**
 * A news category (chuyên mục), one per item of NĐ42 Đ4 k1 a–i plus activity news (k2).
 *
 * @param clause the clause it implements, e.g. {@code NĐ42 Đ4 k1 a}
 * @param form   NĐ42 Đ4 k1 h "hình thức": web page, file or dataset
 */
record Category(String code, String nameVi, String nameEn, String clause, Form form, String disclosurePeriodVi,
                String disclosurePeriodEn, int position) {

    enum Form { WEB_PAGE, FILE, DATASET }

    public String name(Locale locale) {
        return isEnglish(locale) ? nameEn : nameVi;
    }

    public String disclosurePeriod(Locale locale) {
        return isEnglish(locale) ? disclosurePeriodEn : disclosurePeriodVi;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
