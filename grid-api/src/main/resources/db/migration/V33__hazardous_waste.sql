-- Hazardous waste (危险废物, #17 point 3). A source is a generator (产废单位) once it has a management plan: the
-- year's quantity per waste code of the National Hazardous Waste List (国家危险废物名录, NNN-NNN-NN). What it
-- generates is recorded per code and day (the ledger's line: one per code and day, so a resent record replaces it);
-- what leaves is a transfer manifest (转移联单), keyed by its number so that a
-- retried save or import never records it twice, carrying the receiver and the receiver's operating licence
-- (危险废物经营许可证) as the manifest states them. Stored waste is computed: generated less transferred, oldest first.

create table waste_plan (
    id          bigserial primary key,
    source_code text          not null references source (code) on delete cascade,
    year        int           not null check (year between 2000 and 2100),
    waste_code  text          not null check (waste_code ~ '^[0-9]{3}-[0-9]{3}-[0-9]{2}$'),
    tonnes      numeric(12, 3) not null check (tonnes >= 0),
    unique (source_code, year, waste_code)
);

create table waste_generation (
    id           bigserial primary key,
    source_code  text           not null references source (code) on delete cascade,
    waste_code   text           not null check (waste_code ~ '^[0-9]{3}-[0-9]{3}-[0-9]{2}$'),
    generated_on date           not null,
    tonnes       numeric(12, 3) not null check (tonnes > 0),
    recorded_at  timestamptz    not null,
    unique (source_code, waste_code, generated_on)
);

create table waste_manifest (
    number              text primary key,
    source_code         text           not null references source (code) on delete cascade,
    waste_code          text           not null check (waste_code ~ '^[0-9]{3}-[0-9]{3}-[0-9]{2}$'),
    transferred_on      date           not null,
    tonnes              numeric(12, 3) not null check (tonnes > 0),
    receiver_name       text           not null,
    licence_number      text,
    licence_valid_until date,
    recorded_at         timestamptz    not null
);

create index waste_manifest_source_idx on waste_manifest (source_code, transferred_on);
