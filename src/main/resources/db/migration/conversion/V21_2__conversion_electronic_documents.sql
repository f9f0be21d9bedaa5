-- Data messages of other modules (dossier results, issued outgoing documents) join the register when
-- they are first printed to paper (NĐ137 Đ5), so the public lookup finds them by their code.
alter table conversion_document add column origin varchar(32) not null default 'PAPER_TO_ELECTRONIC';
-- The module's own address of the document, printed on the paper copy; null: /tra-cuu/{code}.
alter table conversion_document add column lookup_url varchar(500);
