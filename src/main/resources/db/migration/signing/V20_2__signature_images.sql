-- Images drawn in visible signatures (NĐ30/2020 Phụ lục I): the agency's seal (owner '') and each
-- officer's handwritten signature (owner = account name). PNG, checked and re-encoded on upload.
create table signing_image (
    kind        text        not null check (kind in ('SEAL', 'SIGNATURE')),
    owner       text        not null,
    png         bytea       not null,
    width       int         not null,
    height      int         not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now(),
    primary key (kind, owner)
);
