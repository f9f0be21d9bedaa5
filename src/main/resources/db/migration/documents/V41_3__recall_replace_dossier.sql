-- Recall and replacement of issued documents (NĐ30 Đ18; QCVN 102:2016 BussinessDocType 1 thu hồi, 3 thay thế).
-- A recall or a replacement may carry the DocumentId of the document it concerns, so receipt is idempotent per
-- DocumentId and business type: the same message twice is one row, a recall of a received document is another.
alter table documents_incoming_envelope add column business_doc_type int not null default 0;
alter table documents_incoming_envelope drop constraint documents_incoming_envelope_document_id_key;
alter table documents_incoming_envelope add constraint documents_incoming_envelope_document_business_key
    unique (document_id, business_doc_type);

alter table documents_incoming add column recall_reason text;
-- the DocumentId of the document this one replaces, and of the one that replaced it
alter table documents_incoming add column replaces_document_id text;
alter table documents_incoming add column replaced_by_document_id text;

alter table documents_outgoing add column replaces_id bigint references documents_outgoing (id);
alter table documents_outgoing add column replacement_reason text;
alter table documents_outgoing add column recall_reason text;
-- NĐ137 Đ9 k4 d: the dossier (mã hồ sơ) whose result this document is
alter table documents_outgoing add column answers_dossier text;
