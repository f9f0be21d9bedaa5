/**
 * The agency's web portal (cổng thông tin điện tử, NĐ42 Chương II): home page, and later news,
 * legal documents, search, Q&amp;A, ratings and open data.
 * <p>Search (tìm kiếm, NĐ42 Đ7 k1 a): {@link vn.congso.portal.PortalSearch} answers
 * {@link vn.congso.portal.SearchQuery queries}; owners of findable content keep the index in step
 * through {@link vn.congso.portal.SearchIndexing} and make it rebuildable with a
 * {@link vn.congso.portal.SearchSource} bean. The embedded Lucene index lives in
 * {@code <data dir>/search-index}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.congso.portal;
