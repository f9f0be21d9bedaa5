-- The agency this installation serves (one row) and its departments.
create table agency_profile (
  id                   smallint primary key default 1 check (id = 1),
  name_vi              text not null,
  name_en              text,
  parent_name          text,
  level                text not null,
  admin_unit_code      text,
  identifier_code      text,
  address              text,
  phone                text,
  email                text,
  domain               text,
  system_name          text not null,
  system_owner         text not null,
  security_contact_email text,
  security_contact_phone text,
  updated_at           timestamptz not null default now()
);

create table agency_department (
  id          bigint generated always as identity primary key,
  code        text not null unique,
  name_vi     text not null,
  name_en     text,
  active      boolean not null default true
);
