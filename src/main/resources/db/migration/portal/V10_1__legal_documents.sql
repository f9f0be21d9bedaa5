-- Register of legal and administrative documents published on the portal (NĐ42 Đ4 k1 a: văn bản quy
-- phạm pháp luật và văn bản quản lý hành chính, with their validity status).
create table portal_legal_document (
  id               bigint generated always as identity primary key,
  slug             text not null unique,
  type             text not null,
  code             text,
  number           integer,
  year             integer,
  symbol           text,
  issuer           text,
  place            text,
  issue_date       date,
  effective_date   date,
  status           text not null default 'IN_FORCE'
                   check (status in ('NOT_YET_IN_FORCE', 'IN_FORCE', 'PARTLY_IN_FORCE', 'EXPIRED')),
  summary          text not null,
  signer_name      text,
  signer_title     text,
  field            text,
  preamble         jsonb not null default '[]',
  structure        jsonb not null default '[]',
  body_text        text not null default '',
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);

-- A number and symbol identifies one document; drafts without a number may share a symbol.
create unique index portal_legal_document_code on portal_legal_document (code) where number is not null;
create index portal_legal_document_listing on portal_legal_document (issue_date desc nulls last, id desc);

-- Original files as uploaded; behind LegalFileStore so the content-addressed blob store can replace it.
create table portal_legal_file (
  key              text primary key,
  file_name        text not null,
  media_type       text not null,
  size_bytes       bigint not null,
  sha256           text not null,
  content          bytea not null,
  created_at       timestamptz not null default now()
);

create table portal_legal_document_file (
  document_id      bigint not null references portal_legal_document (id) on delete cascade,
  file_key         text not null references portal_legal_file (key),
  primary key (document_id, file_key)
);

-- Replaces / amends / repeals: the target is kept by its code, so it may be registered later.
create table portal_legal_relation (
  document_id      bigint not null references portal_legal_document (id) on delete cascade,
  kind             text not null check (kind in ('REPLACES', 'AMENDS', 'REPEALS')),
  target_code      text not null,
  primary key (document_id, kind, target_code)
);
