-- One row per distinct content in the blob store; the file itself lives at blobs/ab/cd/<sha256>.
create table files_blob (
  sha256           char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size             bigint not null check (size >= 0),
  content_type     text not null,
  first_stored_at  timestamptz not null default now()
);
