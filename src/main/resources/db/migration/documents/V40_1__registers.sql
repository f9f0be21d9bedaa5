-- Registers of outgoing and incoming documents (sổ đăng ký văn bản đi / đến, NĐ30 Đ15, Đ22).
create table documents_register (
  id          bigint generated always as identity primary key,
  code        text not null unique,
  kind        text not null check (kind in ('OUTGOING', 'INCOMING')),
  name        text not null
);

-- One row per register and year; the row is locked by the registering transaction, so numbers are
-- unique and gap-free: a rolled-back registration gives its number back (NĐ30 Đ15 k1, Đ22 k2).
create table documents_register_counter (
  register_id bigint not null references documents_register (id),
  year        integer not null,
  last_number integer not null check (last_number > 0),
  primary key (register_id, year)
);

create table documents_registration (
  id            bigint generated always as identity primary key,
  register_id   bigint not null references documents_register (id),
  year          integer not null,
  number        integer not null check (number > 0),
  registered_at timestamptz not null,
  number_symbol text,
  subject       text,
  unique (register_id, year, number)
);

insert into documents_register (code, kind, name) values
  ('VB-DI', 'OUTGOING', 'Sổ đăng ký văn bản đi'),
  ('VB-DEN', 'INCOMING', 'Sổ đăng ký văn bản đến');
