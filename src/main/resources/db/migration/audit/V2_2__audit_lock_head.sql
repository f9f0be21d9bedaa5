-- Takes the chain's append lock and reads the head in one round trip. A function, not one SQL
-- statement: in READ COMMITTED each statement of a volatile function takes a fresh snapshot, so the
-- head is read after the lock is granted and sees the entry of the append that held it before.
create function audit_lock_and_read_head(chain_lock bigint, out head_id bigint, out head_hash text)
language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(chain_lock);
  select id, hash into head_id, head_hash from audit_entry order by id desc limit 1;
end
$$;
