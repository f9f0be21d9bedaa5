-- Accounts of citizens, organisations and staff; roles; recorded consents (NĐ137 Đ21 k2 b).
create table identity_account (
  id               bigint generated always as identity primary key,
  username         text not null unique,
  password_hash    text not null,
  kind             text not null check (kind in ('INDIVIDUAL', 'ORGANISATION', 'STAFF')),
  full_name        text not null,
  citizen_id       text unique,
  tax_code         text unique,
  phone            text,
  email            text,
  department_id    bigint,
  title            text,
  enabled          boolean not null default true,
  failed_attempts  integer not null default 0,
  locked_until     timestamptz,
  created_at       timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);

create table identity_account_role (
  account_id bigint not null references identity_account (id) on delete cascade,
  role       text not null check (role in ('CITIZEN', 'OFFICER', 'CLERK', 'HEAD', 'LEADER', 'ADMIN')),
  primary key (account_id, role)
);

create table identity_consent (
  id          bigint generated always as identity primary key,
  account_id  bigint not null references identity_account (id) on delete cascade,
  purpose     text not null,
  text_version text not null,
  data_items  text not null,
  granted_at  timestamptz not null default now(),
  withdrawn_at timestamptz
);
