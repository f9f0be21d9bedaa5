-- Outgoing documents (văn bản đi, NĐ30 Đ11-20) and incoming documents (văn bản đến, NĐ30 Đ21-24).
create table documents_outgoing (
    id               bigserial primary key,
    document_type    text        not null,
    drafting_unit    text        not null,
    subject          text        not null,
    urgency          text        not null default 'NORMAL',
    state            text        not null,
    approval_level   int         not null default 0,
    drafted_by       text        not null,
    signer_name      text        not null,
    signer_title     text        not null,
    competence       text,
    internal_units   text        not null default '',
    peer_agencies    text        not null default '',
    emails           text        not null default '',
    registration_id  bigint,
    number_symbol    text,
    issued_at        timestamptz,
    created_at       timestamptz not null default now()
);

-- every version of the document's file is kept: drafts, edits at an approval level, signed, issued
create table documents_outgoing_version (
    id           bigserial primary key,
    outgoing_id  bigint      not null references documents_outgoing (id),
    version      int         not null,
    kind         text        not null,
    pdf          bytea       not null,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    unique (outgoing_id, version)
);

create table documents_outgoing_appendix (
    id           bigserial primary key,
    outgoing_id  bigint not null references documents_outgoing (id),
    name         text   not null,
    content_type text   not null,
    content      bytea  not null
);

-- the trail of the approval (trình duyệt): submitted, approved, returned with comments, signed, issued
create table documents_outgoing_step (
    id           bigserial primary key,
    outgoing_id  bigint      not null references documents_outgoing (id),
    actor        text        not null,
    action       text        not null,
    comment      text,
    at           timestamptz not null default now()
);

create table documents_outgoing_opinion (
    id           bigserial primary key,
    outgoing_id  bigint      not null references documents_outgoing (id),
    asked_of     text        not null,
    due_date     date        not null,
    opinion      text,
    answered_at  timestamptz
);

create table documents_outgoing_delivery (
    id           bigserial primary key,
    outgoing_id  bigint not null references documents_outgoing (id),
    channel      text   not null,
    recipient    text   not null,
    state        text   not null,
    document_id  text
);

create table documents_incoming (
    id                bigserial primary key,
    envelope_id       bigint unique,
    sender            text        not null,
    number_symbol     text        not null,
    subject           text        not null,
    urgency           text        not null default 'NORMAL',
    channel           text        not null,
    pdf               bytea,
    signature_verdict text,
    document_id       text,
    document_date     date,
    registration_id   bigint,
    incoming_number   int,
    incoming_year     int,
    received_at       timestamptz not null,
    state             text        not null,
    department        text,
    assignee          text,
    direction         text,
    deadline          date,
    completed_at      timestamptz,
    refusal_reason    text
);
