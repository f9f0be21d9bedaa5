-- The time a supplement request (mẫu 02) gives the citizen; after it the supplement is refused and the
-- dossier may be refused for not being supplemented.
alter table publicservice_dossier add column supplement_due_at timestamptz;
