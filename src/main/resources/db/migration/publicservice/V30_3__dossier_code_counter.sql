-- Daily sequence of dossier codes per receiving unit (TT 01/2018/TT-VPCP Đ19): one row per unit and day,
-- incremented with insert … on conflict … do update … returning, so concurrent receipts never share a number.
create table publicservice_dossier_counter (
    unit_code  text    not null,
    day        date    not null,
    last_value integer not null,
    primary key (unit_code, day)
);
