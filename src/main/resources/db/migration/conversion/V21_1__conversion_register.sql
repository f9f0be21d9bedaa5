-- Conversion register (sổ chuyển đổi): one row per document converted from paper (NĐ137 Đ4).
create table conversion_document (
    id               bigserial primary key,
    code             varchar(32)  not null unique,
    legal_context    varchar(32)  not null,
    converted_at     timestamptz  not null,
    converted_by     varchar(100) not null,
    converter_name   varchar(200) not null,
    agency_name      varchar(300) not null,
    source_name      varchar(300) not null,
    source_type      varchar(50)  not null,
    source_sha256    char(64)     not null,
    source_size      bigint       not null,
    pages            int          not null check (pages > 0),
    output_sha256    char(64)     not null,
    output_size      bigint       not null,
    signature_status varchar(20)  not null,
    ocr_status       varchar(20)  not null,
    public_document  boolean      not null,
    batch_item_id    bigint       unique
);

-- Access codes printed with a document; only their hashes are kept.
create table conversion_access_code (
    id            bigserial primary key,
    document_code varchar(32) not null references conversion_document (code),
    code_hash     char(64)    not null,
    issued_at     timestamptz not null,
    issued_for    varchar(20) not null
);
create index conversion_access_code_document on conversion_access_code (document_code);

-- Paper copies printed from a data message (NĐ137 Đ5): who printed what and when.
create table conversion_print (
    id             bigserial primary key,
    document_code  varchar(32)  not null references conversion_document (code),
    printed_at     timestamptz  not null,
    printed_by     varchar(100) not null,
    printer_name   varchar(200) not null,
    pages          int          not null,
    output_sha256  char(64)     not null
);

create table conversion_batch (
    id              bigserial primary key,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    converter_name  varchar(200) not null,
    legal_context   varchar(32)  not null,
    public_document boolean      not null
);

create table conversion_batch_item (
    id            bigserial primary key,
    batch_id      bigint       not null references conversion_batch (id),
    position      int          not null,
    source_name   varchar(300) not null,
    source_sha256 char(64)     not null,
    state         varchar(12)  not null default 'PENDING',
    lease_until   timestamptz,
    attempts      int          not null default 0,
    document_code varchar(32),
    error_code    varchar(40),
    unique (batch_id, position)
);
create index conversion_batch_item_queue on conversion_batch_item (state, id);
