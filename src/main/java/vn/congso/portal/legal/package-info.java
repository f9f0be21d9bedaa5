/**
 * Văn bản quy phạm pháp luật và văn bản quản lý hành chính trên cổng thông tin (NĐ42 Đ4 k1 a): a
 * parser for Vietnamese documents (header, Phần/Chương/Mục/Điều/khoản/điểm with anchors and
 * citations, signer; several documents per file), the register with original files and relations
 * (thay thế, sửa đổi, bãi bỏ), import from text, DOCX or PDF for staff review, public pages with
 * deep links and cross-reference links, and the search feed (NĐ42 Đ7 k1 a).
 * <p>Internal to the portal module; {@link vn.congso.portal.LegalDocumentManagement} is its facade.
 */
package vn.congso.portal.legal;
