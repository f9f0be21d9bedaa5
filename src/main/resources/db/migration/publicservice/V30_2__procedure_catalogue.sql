-- Danh mục thủ tục hành chính / dịch vụ công trực tuyến (NĐ42 Đ12). The online level is not stored:
-- it is computed from the flags (NĐ42 Đ11 k1).
create table publicservice_procedure (
    id                         bigserial primary key,
    code                       text not null unique,
    name                       text not null,
    field                      text not null,
    agency                     text not null,
    user_types                 text[] not null,
    topic                      text not null,
    legal_basis                text[] not null default '{}',
    fee                        text,
    fee_charged                boolean not null default false,
    time_amount                integer check (time_amount >= 0),
    time_unit                  text check (time_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS')),
    time_note                  text,
    result                     text not null,
    requires_presence          boolean not null default false,
    requires_site_verification boolean not null default false,
    result_paper_only          boolean not null default false,
    fee_payable_online         boolean not null default false,
    eform_available            boolean not null default false,
    source                     text,
    updated_at                 timestamptz not null default now(),
    check ((time_amount is null) = (time_unit is null))
);

create table publicservice_procedure_component (
    procedure_id  bigint not null references publicservice_procedure (id) on delete cascade,
    position      integer not null,
    name          text not null,
    originals     integer not null default 0 check (originals >= 0),
    copies        integer not null default 0 check (copies >= 0),
    template_file text,
    conditional   boolean not null default false,
    present_only  boolean not null default false,
    primary key (procedure_id, position)
);

create table publicservice_procedure_step (
    procedure_id    bigint not null references publicservice_procedure (id) on delete cascade,
    position        integer not null,
    actor           text not null,
    description     text not null,
    allowance_hours integer not null check (allowance_hours >= 0),
    primary key (procedure_id, position)
);
