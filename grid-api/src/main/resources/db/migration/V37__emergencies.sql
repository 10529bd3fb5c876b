-- Environmental emergencies (突发环境事件, #18): the report, stored once under the id its client made (a retried
-- report stores nothing more), the timeline of what was done, and the closure report after which nothing is added.

create table emergency (
    id                 uuid primary key,
    payload_hash       text             not null,
    type               text             not null check (type in ('water', 'air', 'soil', 'hazardous_chemicals',
                                                                 'radiation')),
    level              text             not null check (level in ('general', 'larger', 'major', 'especially_major')),
    lon                double precision not null,
    lat                double precision not null,
    grid_code          text             not null references grid (code),
    occurred_at        timestamptz      not null,
    description        text             not null,
    complaint_id       bigint,                -- checked on entry: complaint is partitioned, no foreign key reaches it
    reported_by        bigint           not null references person (id),
    reported_at        timestamptz      not null,
    closed_at          timestamptz,
    closed_by          bigint references person (id),
    closure_summary    text,
    consequences       text
);

create index emergency_occurred_idx on emergency (occurred_at);

create table emergency_action (
    id            uuid primary key,
    emergency_id  uuid        not null references emergency (id),
    actor_id      bigint      not null references person (id),
    at            timestamptz not null,
    text          text        not null
);

create index emergency_action_emergency_idx on emergency_action (emergency_id, at);
