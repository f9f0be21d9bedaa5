-- Takes the next `taken` numbers of a receiving unit's day for a writer that already knows where the
-- counter stands (`expected`, the last number it saw committed), so it can write the codes into the
-- receipt's other statements without waiting for this one. The counter's row lock serialises receipts
-- to the commit, as before (TT01/2018 Đ19: unique, no gaps); if the counter moved meanwhile (another
-- instance, a clerk at the counter), this fails and the writer reads the counter again.
create function publicservice_take_dossier_codes(unit text, on_day date, expected int, taken int)
returns int language plpgsql volatile as $$
declare
  now_last int;
begin
  update publicservice_dossier_counter set last_value = expected + taken
  where unit_code = unit and day = on_day and last_value = expected
  returning last_value into now_last;
  if now_last is null and expected = 0 then
    insert into publicservice_dossier_counter (unit_code, day, last_value) values (unit, on_day, taken)
    on conflict (unit_code, day) do nothing
    returning last_value into now_last;
  end if;
  if now_last is null then
    raise exception 'dossier counter moved: % % is not at %', unit, on_day, expected using errcode = '40001';
  end if;
  return now_last;
end
$$;
