-- Appends a transaction's audit entries in one round trip, just before it commits: takes the chain's
-- lock, reads the head (a fresh snapshot after the lock, as in audit_lock_and_read_head) and links each
-- entry to the one before. The hash is AuditChain's rule: the caller computes the canonical text of
-- every field but the previous hash and the id (tails), this prefixes those two; both are ASCII, so
-- their length prefixes count the same here as in Java.
create function audit_append(chain_lock bigint, occurred text[], actors text[], actions text[], object_types text[],
                             object_ids text[], details text[], remotes text[], tails text[])
returns void language plpgsql volatile as $$
declare
  head_id bigint;
  head_hash text;
  next_hash text;
begin
  perform pg_advisory_xact_lock(chain_lock);
  select id, hash into head_id, head_hash from audit_entry order by id desc limit 1;
  if head_id is null then
    head_id := 0;
    head_hash := repeat('0', 64);
  end if;
  for i in 1 .. coalesce(array_length(actors, 1), 0) loop
    head_id := head_id + 1;
    next_hash := encode(sha256(convert_to(length(head_hash) || ':' || head_hash || '|'
        || length(head_id::text) || ':' || head_id::text || '|' || tails[i], 'UTF8')), 'hex');
    insert into audit_entry (id, occurred_at, actor, action, object_type, object_id, details, remote_address,
                             previous_hash, hash)
    values (head_id, occurred[i]::timestamptz, actors[i], actions[i], object_types[i], object_ids[i], details[i],
            remotes[i], head_hash, next_hash);
    head_hash := next_hash;
  end loop;
end
$$;

drop function audit_lock_and_read_head(bigint);
