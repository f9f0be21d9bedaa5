-- The dossier notification queue became the shared outbox (mail_outbox, V6_1): what was still waiting
-- is moved there, the dossier code kept as the reference; sent and given-up rows are not kept.
insert into mail_outbox (recipient, subject, body, reference, attempts, next_attempt_at, last_error, created_at)
select recipient, subject, body, dossier_code, attempts, next_attempt_at, last_error, created_at
from publicservice_dossier_mail where state = 'PENDING' order by id;

drop table publicservice_dossier_mail;
