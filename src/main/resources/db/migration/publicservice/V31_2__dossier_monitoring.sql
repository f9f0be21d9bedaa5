-- Dossiers handed in by post (NĐ42 Đ16: the report counts online / counter / post).
alter table publicservice_dossier drop constraint publicservice_dossier_channel_check;
alter table publicservice_dossier add constraint publicservice_dossier_channel_check
    check (channel in ('ONLINE', 'COUNTER', 'POST'));

-- A paper component scanned at the counter and converted through the conversion module (NĐ137 Đ4):
-- its code in the conversion register; null for files the citizen sent electronically.
alter table publicservice_dossier_attachment add column conversion_code text;

-- A paper result converted to electronic (NĐ137 Đ8 k4, second paragraph): its conversion code.
alter table publicservice_dossier_result add column conversion_code text;

-- Monitoring events per service, participant and step (NĐ42 Đ16 k1): viewed, form started,
-- submitted, step in/out, result, rating. Recorded automatically, never typed in.
create table publicservice_event (
    id             bigserial   primary key,
    at             timestamptz not null,
    kind           text        not null,
    procedure_code text        not null,
    dossier_id     bigint      references publicservice_dossier (id),
    actor          text,
    step_position  integer
);
create index publicservice_event_at on publicservice_event (at, procedure_code);
