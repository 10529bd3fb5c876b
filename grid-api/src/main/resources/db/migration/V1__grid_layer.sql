-- The grid layer: the district, its first-level grids (towns, streets, parks), their communities, villages
-- and cells, and cells inside communities and villages.
-- Geometry is kept exactly as imported (WKB, EPSG:4326, lon/lat, full double precision); the effective
-- geometries (parks carved out of towns) are derived from it in memory.

create table grid_layer (
    id                     smallint primary key check (id = 1),
    parks_take_precedence  boolean     not null,
    version                bigint      not null,
    updated_at             timestamptz not null
);

insert into grid_layer (id, parks_take_precedence, version, updated_at) values (1, true, 0, now());

create table grid (
    code         text primary key,
    name         text             not null,
    level        text             not null check (level in ('district', 'town', 'street', 'park', 'community', 'village', 'cell')),
    tier         smallint         not null check (tier between 0 and 3),
    parent_code  text references grid (code) deferrable initially deferred,
    geometry     bytea            not null,
    min_lon      double precision not null,
    min_lat      double precision not null,
    max_lon      double precision not null,
    max_lat      double precision not null,
    updated_at   timestamptz      not null
);

create index grid_parent_idx on grid (parent_code);
create index grid_bbox_idx on grid (min_lon, max_lon, min_lat, max_lat);

-- Each accepted import, with its validation findings, so the district can tell when its layer changed and why.
create table grid_import (
    id             bigserial primary key,
    imported_at    timestamptz not null,
    mode           text        not null check (mode in ('merge', 'replace')),
    feature_codes  integer     not null,
    layer_version  bigint      not null,
    findings       text        not null
);
