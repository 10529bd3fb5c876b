-- Published quarterly reviews (季度点评): frozen snapshots that later corrections of the records do not move.
create table review (
    quarter       text primary key,   -- 2026-Q3
    weights       jsonb       not null,
    ranking       jsonb       not null,
    published_at  timestamptz not null,
    published_by  bigint      not null references person (id)
);
