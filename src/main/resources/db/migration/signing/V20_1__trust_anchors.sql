-- Root certificates an administrator trusts when validating signatures (e.g. Vietnam's national root CA).
create table signing_trust_anchor (
    id            bigserial primary key,
    subject       text        not null,
    issuer        text        not null,
    serial_number text        not null,
    sha256        char(64)    not null unique,
    not_before    timestamptz not null,
    not_after     timestamptz not null,
    certificate   bytea       not null,
    added_by      text        not null,
    added_at      timestamptz not null default now()
);
