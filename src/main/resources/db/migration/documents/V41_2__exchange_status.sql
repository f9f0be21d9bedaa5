-- Status messages (03 tiếp nhận … 06 hoàn thành) go through the same outbox as envelopes, to another path.
alter table documents_outbox add column path text not null default '/api/v1/edxml/inbox';

-- Status messages received from the agencies we sent documents to; a repeated delivery is recorded once.
create table documents_exchange_status (
    id            bigserial primary key,
    document_id   text        not null,
    from_organ_id text        not null,
    status_code   text        not null,
    description   text,
    received_at   timestamptz not null default now(),
    unique (document_id, from_organ_id, status_code)
);
