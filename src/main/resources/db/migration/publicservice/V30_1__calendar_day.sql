-- Announced departures from the Monday–Friday week, per year (BLLĐ 2019 Đ111 k3, Đ112; yearly
-- announcements of the Prime Minister / Ministry of Home Affairs). Statutory defaults are computed.
create table publicservice_calendar_day (
    day        date primary key,
    kind       text not null check (kind in ('HOLIDAY', 'COMPENSATORY', 'SWAP_OFF', 'SWAP_WORKDAY')),
    note       text,
    created_at timestamptz not null default now()
);
