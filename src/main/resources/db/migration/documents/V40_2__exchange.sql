-- edXML envelopes received from peer agencies: one row per DocumentId, so a repeated delivery
-- (at-least-once sending) is recorded once.
create table documents_incoming_envelope (
  id              bigint generated always as identity primary key,
  document_id     text not null unique,
  sender_organ_id text not null,
  number_symbol   text,
  subject         text,
  envelope        text not null,
  received_at     timestamptz not null default now()
);

-- Envelopes waiting to be delivered to a peer; polled with "for update skip locked".
create table documents_outbox (
  id                bigint generated always as identity primary key,
  recipient_organ_id text not null,
  document_id       text not null,
  envelope          text not null,
  state             text not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'REJECTED')),
  attempts          integer not null default 0,
  next_attempt_at   timestamptz not null default now(),
  last_error        text,
  status_code       text,
  created_at        timestamptz not null default now(),
  delivered_at      timestamptz,
  unique (recipient_organ_id, document_id)
);

create index documents_outbox_due on documents_outbox (next_attempt_at) where state = 'PENDING';
