-- Rural environment pilots (农村环境综合整治试点) and eco-civilisation creation (生态文明示范镇/村, #18). A pilot and
-- each progress entry are stored once under the id their client made (a retried POST stores nothing more).

create table pilot (
    id            uuid primary key,
    payload_hash  text        not null,
    grid_code     text        not null references grid (code),
    title         text        not null,
    from_year     int         not null,
    to_year       int         not null check (to_year >= from_year),
    created_by    bigint      not null references person (id),
    created_at    timestamptz not null
);

create table pilot_target (
    pilot_id   uuid             not null references pilot (id),
    position   int              not null,
    indicator  text             not null,
    unit       text             not null,
    kind       text             not null check (kind in ('rate', 'count')),
    target     double precision not null,
    primary key (pilot_id, indicator)
);

create table pilot_progress (
    id           uuid primary key,
    pilot_id     uuid             not null references pilot (id),
    on_date      date             not null,
    indicator    text             not null,
    value        double precision not null,
    note         text,
    photos       text[]           not null,   -- sha256 of photos uploaded through PUT /api/photos/{sha256}
    documents    text[]           not null,   -- names or links of documents
    recorded_by  bigint           not null references person (id),
    recorded_at  timestamptz      not null
);

create index pilot_progress_pilot_idx on pilot_progress (pilot_id, on_date);

-- one row per stage a grid reached; the grid's stage is the latest of them
create table eco_creation_stage (
    grid_code    text        not null references grid (code),
    stage        text        not null check (stage in ('declared', 'in_progress', 'county_accepted', 'city_named',
                                                         'province_named')),
    reached_on   date        not null,
    note         text,
    recorded_by  bigint      not null references person (id),
    recorded_at  timestamptz not null,
    primary key (grid_code, stage)
);
