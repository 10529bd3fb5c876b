-- Personal API keys: GIS clients (QGIS, GDAL, scripts) read and write as a person without a browser sign-in. A key is
-- shown once, when it is made; the table keeps only its SHA-256 and a short prefix by which its owner recognises it.
-- SHA-256 and not bcrypt: a key is 32 random bytes, so its hash cannot be guessed back as a password's can, and it
-- is checked on every request, where a slow hash would slow every request down.

create table api_key (
    id            bigserial   primary key,
    person_id     bigint      not null references person (id),
    label         text        not null check (length(label) between 1 and 50),
    -- the key's first characters, e.g. egk_Ab3dEf9h: enough to tell one's keys apart, far too little to use
    prefix        text        not null check (prefix ~ '^egk_[A-Za-z0-9_-]{8}$'),
    hash          text        not null unique check (hash ~ '^[0-9a-f]{64}$'),
    -- false: the key reads only (GET, HEAD)
    writes        boolean     not null default false,
    created_at    timestamptz not null,
    created_by    bigint      not null references person (id),
    expires_at    timestamptz check (expires_at > created_at),
    -- written at most once a minute, not on every request
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    bigint      references person (id),
    constraint api_key_revoked_check check ((revoked_at is null) = (revoked_by is null))
);

create index api_key_person_idx on api_key (person_id);
