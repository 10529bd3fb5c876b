-- The directory of supervised objects (监管对象), the inspection rules, the duties they make, and the
-- 双随机一公开 draws. Every located object carries the code of the deepest grid containing it.

create table protection_zone (
    code        text primary key,
    name        text        not null,
    level       text        not null check (level in ('first', 'second', 'quasi')),
    geometry    bytea       not null,   -- WKB, EPSG:4326
    updated_at  timestamptz not null
);

create table source (
    code            text primary key,   -- the credit code for enterprises
    kind            text             not null check (kind in ('enterprise', 'construction_site', 'other')),
    name            text             not null,
    credit_code     text unique,
    industry        text,
    address         text,
    lon             double precision not null,
    lat             double precision not null,
    key_discharger  boolean          not null,
    rating          text             not null check (rating in ('A', 'B', 'C', 'D')),
    status          text             not null check (status in ('operating', 'suspended', 'closed')),
    grid_code       text references grid (code) on delete set null,   -- located again after every grid import
    zone_code       text references protection_zone (code) on delete set null,
    updated_at      timestamptz      not null
);

create index source_grid_idx on source (grid_code);

create table river_segment (
    code        text primary key,
    river_name  text        not null,
    chief_name  text        not null,
    geometry    bytea       not null,   -- WKB LineString/MultiLineString, EPSG:4326
    updated_at  timestamptz not null
);

-- A segment crossing several grids is patrolled in each of them.
create table river_segment_grid (
    segment_code  text not null references river_segment (code) on delete cascade,
    grid_code     text not null references grid (code) on delete cascade,
    primary key (segment_code, grid_code)
);

create table inspection_rules (
    id          smallint primary key check (id = 1),
    rules       jsonb       not null,
    updated_at  timestamptz not null
);

create table duty (
    id             bigserial primary key,
    target_kind    text        not null check (target_kind in ('source', 'grid_patrol', 'river_patrol')),
    target_code    text        not null,
    grid_code      text        not null references grid (code),
    due_from       date        not null,
    due_by         date        not null,
    supervisor_id  bigint references person (id),
    done_at        timestamptz,
    -- routine duties come from the rules; a re-inspection verifies a problem's rectification
    purpose        text        not null default 'routine' check (purpose in ('routine', 'reinspection')),
    created_at     timestamptz not null,
    unique (target_kind, target_code, grid_code, due_from, purpose),
    check (due_by >= due_from)
);

create index duty_supervisor_idx on duty (supervisor_id, due_by);
create index duty_window_idx on duty (due_from, due_by);

-- A draw is sealed first — its seed and the hash of its candidate list made public — and run afterwards.
create table draw (
    id               bigserial primary key,
    title            text        not null,
    period           text        not null,
    seed             text        not null,
    candidate_hash   text        not null,
    candidate_codes  jsonb       not null,
    filter           jsonb       not null,
    draw_count       integer,
    draw_share       double precision,
    stratified       boolean     not null,
    algorithm        text        not null,
    sealed_at        timestamptz not null,
    run_at           timestamptz
);

create table draw_item (
    draw_id      bigint not null references draw (id),
    object_code  text   not null references source (code),
    grid_code    text,
    rating       text   not null,
    score        text   not null,
    first_inspector   bigint references person (id),
    second_inspector  bigint references person (id),
    primary key (draw_id, object_code)
);
