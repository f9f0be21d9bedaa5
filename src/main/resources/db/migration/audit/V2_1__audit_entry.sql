-- Append-only audit log. Each entry's hash covers its content and the previous entry's hash, so an
-- edited, deleted or inserted row breaks the chain at that point.
create table audit_entry (
  id            bigint primary key,
  occurred_at   timestamptz not null,
  actor         text not null,
  action        text not null,
  object_type   text,
  object_id     text,
  details       text,
  remote_address text,
  previous_hash text not null,
  hash          text not null
);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;

create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_append_only();
