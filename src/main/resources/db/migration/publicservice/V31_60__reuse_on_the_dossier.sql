-- The items an online dossier took from data the citizen had given before (NĐ137 Đ8 k4, NĐ42 Đ16 k1:
-- the data-reuse indicator) move from one row per item, each checked against its dossier by a foreign
-- key, onto the dossier's own row: the receipt statement spent a third of its time in those checks
-- (bench/dossiers.sh), and reading a dossier's items needed an index the table never had.
alter table publicservice_dossier
  add column reused_fields  text[] not null default '{}',
  add column reused_sources text[] not null default '{}';

update publicservice_dossier d
   set reused_fields = r.fields, reused_sources = r.sources
  from (select dossier_id, array_agg(field order by id) as fields, array_agg(source order by id) as sources
          from publicservice_dossier_reuse group by dossier_id) r
 where r.dossier_id = d.id;

drop table publicservice_dossier_reuse;

-- Monitoring events (NĐ42 Đ16) are an append-only log written by the statements that write or read the
-- dossier they name; dossiers are never deleted. The per-row key check cost more than the event row.
alter table publicservice_event drop constraint publicservice_event_dossier_id_fkey;
