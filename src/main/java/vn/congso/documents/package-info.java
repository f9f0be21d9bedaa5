/**
 * Document management (quản lý văn bản): registers of outgoing and incoming documents with their
 * gap-free yearly numbering and the number and symbol (số, ký hiệu) of Decree 30/2020/NĐ-CP on
 * clerical work (Đ15, Đ22, Phụ lục I, Phụ lục III), and the exchange of documents between agencies
 * as edXML envelopes of QCVN 102:2016 (Decree 137/2024/NĐ-CP Art. 9 k4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.congso.documents;
