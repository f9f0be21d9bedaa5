-- The one outbox of every e-mail the platform sends (vn.congso.mail). A row is written in the
-- transaction of the change it reports and sent by a worker that locks due rows with
-- "for update skip locked": a message exists exactly when its change committed, and survives a
-- restart or an SMTP outage. The portal's and the dossiers' former queues are copied in by their
-- own migrations (V13_2, V31_42), which run after this one.
create table mail_outbox (
  id              bigint generated always as identity primary key,
  recipient       text not null,
  subject         text not null,
  body            text not null,
  -- RFC 8058 one-click unsubscribe URL of a mailing list; null for a transactional message
  unsubscribe_url text,
  -- what the message is about (e.g. a dossier code), for operators
  reference       text,
  state           text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at         timestamptz,
  last_error      text,
  created_at      timestamptz not null default now()
);

create index mail_outbox_due on mail_outbox (next_attempt_at, id) where state = 'PENDING';
create index mail_outbox_reference on mail_outbox (reference) where reference is not null;
