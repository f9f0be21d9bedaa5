package vn.congso.portal.content;

import java.util.Locale;

/** A link to a related agency's portal (NĐ42 Đ7 k1 b). */
record RelatedLink(long id, String nameVi, String nameEn, String url, int position) {

    public String name(Locale locale) {
        return Category.isEnglish(locale) ? nameEn : nameVi;
    }
}
