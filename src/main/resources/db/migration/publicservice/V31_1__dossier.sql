-- Dossiers (hồ sơ thủ tục hành chính, NĐ42 Đ13; NĐ137 Đ7): one row per dossier with its overall clock
-- (due_at, moved while paused for a supplement) and the clock of its current step (step_due_at).
-- version: optimistic locking, two officers acting on the same step at once → one wins.
create table publicservice_dossier (
    id                  bigserial   primary key,
    code                text        not null unique,
    procedure_code      text        not null,
    applicant_username  text,
    applicant_name      text        not null,
    applicant_citizen_id text,
    applicant_phone     text,
    applicant_email     text,
    form_data           jsonb       not null,
    channel             text        not null check (channel in ('ONLINE', 'COUNTER')),
    received_by         text,
    status              text        not null,
    received_at         timestamptz not null,
    due_at              timestamptz not null,
    paused_at           timestamptz,
    step_position       integer     not null,
    step_assignee       text,
    step_started_at     timestamptz not null,
    step_due_at         timestamptz not null,
    lookup_secret       text        not null,
    idempotency_key     text,
    reason_code         text,
    reason_note         text,
    finished_at         timestamptz,
    result_code         text,
    version             integer     not null default 0,
    unique (applicant_username, idempotency_key)
);
create index publicservice_dossier_applicant on publicservice_dossier (applicant_username);
create index publicservice_dossier_status on publicservice_dossier (status, step_position);

-- Saved drafts of the e-form, one per citizen and procedure.
create table publicservice_dossier_draft (
    username       text        not null,
    procedure_code text        not null,
    form_data      jsonb       not null,
    saved_at       timestamptz not null,
    primary key (username, procedure_code)
);

-- Files handed in per component; signature_verdict is set for a signed PDF (NĐ137 Đ7 k1 a).
create table publicservice_dossier_attachment (
    id                bigserial primary key,
    dossier_id        bigint    not null references publicservice_dossier (id),
    component_index   integer   not null,
    file_name         text      not null,
    sha256            text      not null,
    content_type      text      not null,
    size              bigint    not null,
    signature_verdict text,
    uploaded_at       timestamptz not null
);

-- Every transition and hand-over (phiếu kiểm soát quá trình, mẫu 04): who, when, the step and its deadline.
create table publicservice_dossier_history (
    id            bigserial   primary key,
    dossier_id    bigint      not null references publicservice_dossier (id),
    at            timestamptz not null,
    actor         text        not null,
    action        text        not null,
    step_position integer     not null,
    step_due_at   timestamptz,
    timeliness    text,
    note          text
);
create index publicservice_dossier_history_dossier on publicservice_dossier_history (dossier_id, id);

-- Results in the citizen's electronic data store (kho quản lý dữ liệu điện tử, NĐ137 Đ8 k4).
create table publicservice_dossier_result (
    code           text        primary key,
    dossier_id     bigint      not null references publicservice_dossier (id),
    owner_username text,
    procedure_code text        not null,
    data           jsonb       not null,
    sha256         text        not null,
    issued_at      timestamptz not null
);
create index publicservice_dossier_result_owner on publicservice_dossier_result (owner_username);

-- Items filled from data the citizen had already given ("provide once", NĐ42 Đ13 k3), for the indicators.
create table publicservice_dossier_reuse (
    id          bigserial primary key,
    dossier_id  bigint    not null references publicservice_dossier (id),
    field       text      not null,
    source      text      not null
);

-- Satisfaction (private; only aggregates are shown).
create table publicservice_dossier_rating (
    dossier_id bigint      primary key references publicservice_dossier (id),
    score      integer     not null check (score between 1 and 5),
    rated_at   timestamptz not null
);
