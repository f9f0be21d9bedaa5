-- A citizen's dossiers are found through the unique (applicant_username, idempotency_key) index, whose
-- first column is the applicant: the index on the applicant alone only cost every receipt one more
-- index entry to write (bench/dossiers.sh, on both the service and the bare-insert side).
drop index publicservice_dossier_applicant;
