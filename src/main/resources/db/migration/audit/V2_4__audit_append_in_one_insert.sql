-- The same chain as V2_3 (AuditChain's rule), written by one insert for all of a transaction's entries
-- instead of one insert per entry: each insert statement inside the function cost more than its
-- hash (bench/dossiers.sh, a receipt group's audit entries).
create or replace function audit_append(chain_lock bigint, occurred text[], actors text[], actions text[], object_types text[],
                                        object_ids text[], details text[], remotes text[], tails text[])
returns void language plpgsql volatile as $$
declare
  head_id bigint;
  head_hash text;
  n int := coalesce(array_length(actors, 1), 0);
  previous text[] := array[]::text[];
  hashes text[] := array[]::text[];
begin
  if n = 0 then
    return;
  end if;
  perform pg_advisory_xact_lock(chain_lock);
  select id, hash into head_id, head_hash from audit_entry order by id desc limit 1;
  if head_id is null then
    head_id := 0;
    head_hash := repeat('0', 64);
  end if;
  for i in 1 .. n loop
    previous := previous || head_hash;
    head_hash := encode(sha256(convert_to(length(head_hash) || ':' || head_hash || '|'
        || length((head_id + i)::text) || ':' || (head_id + i)::text || '|' || tails[i], 'UTF8')), 'hex');
    hashes := hashes || head_hash;
  end loop;
  insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, details, remote_address,
                           previous_hash, hash)
  select head_id + e.i, e.occurred::timestamptz, e.actor, e.action, e.object_type, e.object_id, e.details, e.remote,
         e.previous, e.hash
  from unnest(occurred, actors, actions, object_types, object_ids, details, remotes, previous, hashes)
    with ordinality as e(occurred, actor, action, object_type, object_id, details, remote, previous, hash, i)
  order by e.i;
end
$$;
