-- Notification mails of dossier transitions (NĐ137 Đ7 k1 c), written in the transition's own
-- transaction and sent by DossierMail's worker, which locks due rows with "for update skip locked":
-- a mail exists exactly when its transition committed, and survives a restart or an SMTP outage.
create table publicservice_dossier_mail (
  id              bigint generated always as identity primary key,
  dossier_code    text not null,
  recipient       text not null,
  subject         text not null,
  body            text not null,
  state           text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at         timestamptz,
  last_error      text,
  created_at      timestamptz not null default now()
);

create index publicservice_dossier_mail_due on publicservice_dossier_mail (next_attempt_at, id) where state = 'PENDING';
