-- Joint inspections by several departments (部门联合督查), the supervision orders (督办单) their findings become, and
-- the accountability records (问责) the platform proposes for an administrator to confirm (#18). A campaign, a
-- finding and an order are each stored once under the id their client made (a retried POST stores nothing more).

-- The departments that take part (生态环境, 住建, 城管 …), a list the administrator keeps; a department is retired,
-- never deleted, so that old campaigns keep their names.
create table department (
    code        text primary key,                 -- short stable key: eco, housing, urban …
    name        text        not null unique,      -- 生态环境局
    retired_at  timestamptz,
    created_at  timestamptz not null
);

insert into department (code, name, created_at) values
    ('eco', '生态环境', now()),
    ('housing', '住建', now()),
    ('urban', '城管', now()),
    ('water', '水利', now()),
    ('agriculture', '农业农村', now()),
    ('market', '市场监管', now());

create table joint_campaign (
    id             uuid primary key,
    payload_hash   text        not null,
    district_code  text        not null references grid (code),   -- the first-level grid or district it runs in
    title          text        not null,
    theme          text        not null,                          -- 扬尘, 河道, …
    period_from    date        not null,
    period_to      date        not null check (period_to >= period_from),
    created_by     bigint      not null references person (id),
    created_at     timestamptz not null,
    closed_at      timestamptz,
    closed_by      bigint references person (id)
);

create index joint_campaign_period_idx on joint_campaign (period_from, period_to);

-- The team: people drawn from several departments; the leader (组长) runs the campaign with the administrator.
create table joint_campaign_member (
    campaign_id      uuid    not null references joint_campaign (id),
    person_id        bigint  not null references person (id),
    department_code  text    not null references department (code),
    leader           boolean not null default false,
    primary key (campaign_id, person_id)
);

-- What the team visits: sources or grids, chosen by grid, by a filter of the directory or by a 双随机 draw.
create table joint_campaign_target (
    campaign_id  uuid not null references joint_campaign (id),
    target_kind  text not null check (target_kind in ('source', 'grid')),
    target_code  text not null,
    grid_code    text not null references grid (code),               -- the grid that answers for it
    chosen_by    text not null check (chosen_by in ('grid', 'filter', 'draw')),
    draw_id      bigint references draw (id),
    primary key (campaign_id, target_kind, target_code)
);

-- A member's finding, recorded under their department.
create table joint_finding (
    id               uuid primary key,
    payload_hash     text        not null,
    campaign_id      uuid        not null references joint_campaign (id),
    target_kind      text        not null,
    target_code      text        not null,
    grid_code        text        not null references grid (code),
    department_code  text        not null references department (code),
    category         text        not null,        -- a finding category, as inspections use
    severity         text        not null,        -- minor, general, serious (as inspections)
    description      text        not null,
    photos           text[]      not null,        -- sha256 of photos uploaded through PUT /api/photos/{sha256}
    found_on         date        not null,
    recorded_by      bigint      not null references person (id),
    recorded_at      timestamptz not null,
    foreign key (campaign_id, target_kind, target_code)
        references joint_campaign_target (campaign_id, target_kind, target_code)
);

create index joint_finding_campaign_idx on joint_finding (campaign_id, recorded_at);

-- A supervision order (督办单): a campaign's findings sent to the grid or the department that answers for them, with
-- a deadline, tracked like a case: issued → accepted → rectifying → reported → closed (verified), or sent back.
create table supervision_order (
    id                uuid primary key,
    payload_hash      text        not null,
    number            text        not null unique,                  -- 督办〔2026〕第 0001 号: per year, gap-free
    campaign_id       uuid        not null references joint_campaign (id),
    grid_code         text        not null references grid (code),  -- the grid it is addressed to, or answered for
    department_code   text references department (code),           -- set when a department is addressed
    requirement       text        not null,                         -- what is to be done
    due_by            date        not null,
    state             text        not null check (state in ('issued', 'accepted', 'rectifying', 'reported',
                                                            'closed')),
    reported_by       bigint references person (id),
    issued_by         bigint      not null references person (id),
    issued_at         timestamptz not null,
    closed_at         timestamptz
);

create index supervision_order_grid_idx on supervision_order (grid_code, state);
create index supervision_order_due_idx on supervision_order (due_by) where state <> 'closed';

create table supervision_order_finding (
    order_id    uuid not null references supervision_order (id),
    finding_id  uuid not null references joint_finding (id) unique,   -- a finding goes into one order at most
    primary key (order_id, finding_id)
);

-- Every transition of an order: who, when, from which state to which, and why.
create table supervision_order_event (
    id          bigserial primary key,
    order_id    uuid        not null references supervision_order (id),
    at          timestamptz not null,
    actor_id    bigint references person (id),
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    reason      text
);

create index supervision_order_event_order_idx on supervision_order_event (order_id, at);

-- An accountability record (问责): proposed by the platform — an order overdue past the threshold, or a grid ranked
-- last in two published quarterly reviews — and confirmed or dismissed, with a reason, by an administrator.
create table accountability (
    id                 bigserial primary key,
    basis              text        not null check (basis in ('order_overdue', 'ranked_last')),
    order_id           uuid references supervision_order (id),
    grid_code          text        not null references grid (code),
    quarters           text[],                                     -- ranked_last: the two reviews, 2026-Q2 …
    subject_person_id  bigint references person (id),             -- who answers: the grid's chief, when known
    subject            text        not null,                       -- who answers, as written on the record
    reason             text        not null,
    measure            text        not null check (measure in ('interview', 'circular', 'accountability')),
    state              text        not null check (state in ('proposed', 'confirmed', 'dismissed')),
    proposed_at        timestamptz not null,
    decided_by         bigint references person (id),
    decided_at         timestamptz,
    decision_reason    text,
    check ((basis = 'order_overdue') = (order_id is not null))
);

-- the platform proposes each ground once
create unique index accountability_order_key on accountability (order_id) where basis = 'order_overdue';
create unique index accountability_ranked_key on accountability (grid_code, (quarters[2])) where basis = 'ranked_last';
