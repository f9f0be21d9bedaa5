-- Original files of legal documents now live in the files module's blob store (files_blob, keyed by
-- SHA-256, the same key as here); the row keeps name and type. Rows stored before keep their bytes.
alter table portal_legal_file alter column content drop not null;
