/**
 * The agency's web portal (cổng thông tin điện tử, NĐ42 Chương II): home page, and later news,
 * legal documents, search, Q&amp;A, ratings and open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.congso.portal;
