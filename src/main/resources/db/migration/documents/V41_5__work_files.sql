-- Work files (hồ sơ công việc, NĐ30 Đ28–30): the yearly file list (danh mục hồ sơ) with code, title, retention
-- period and the person responsible; a file is opened, collects the documents and dossiers of one matter, is
-- closed when the matter ends and handed to the agency archive (nộp lưu vào Lưu trữ cơ quan).
create table documents_work_file (
    id           bigserial primary key,
    year         int         not null,
    code         text        not null,
    title        text        not null,
    retention    text        not null,
    responsible  text        not null,
    state        text        not null default 'LISTED' check (state in ('LISTED', 'OPEN', 'CLOSED', 'ARCHIVED')),
    opened_at    timestamptz,
    closed_at    timestamptz,
    archived_at  timestamptz,
    archived_by  text,
    unique (year, code)
);

-- what a file holds: incoming and outgoing documents (by id) and public-service dossiers (by mã hồ sơ)
create table documents_work_file_item (
    id        bigserial primary key,
    file_id   bigint      not null references documents_work_file (id),
    kind      text        not null check (kind in ('INCOMING', 'OUTGOING', 'DOSSIER')),
    reference text        not null,
    label     text        not null,
    added_by  text        not null,
    added_at  timestamptz not null default now(),
    unique (file_id, kind, reference)
);
