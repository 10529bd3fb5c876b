-- Publicity and participation (宣传教育, #18): events held in a grid with their attendance, and the volunteers
-- registered in a grid. Both are stored under the id their client made, so a retried POST stores nothing more.

create table publicity_event (
    id           uuid primary key,
    grid_code    text        not null references grid (code),
    title        text        not null,
    held_on      date        not null,
    kind         text        not null check (kind in ('earth_day', 'environment_day', 'community', 'enterprise',
                                                      'school', 'other')),
    place        text        not null,
    attendance   integer     not null check (attendance >= 0),
    organiser    text        not null,
    notes        text,
    photos       text[]      not null default '{}',
    recorded_by  bigint      not null references person (id),
    recorded_at  timestamptz not null
);

create index publicity_event_held_idx on publicity_event (held_on);

create table volunteer (
    id             uuid primary key,
    grid_code      text        not null references grid (code),
    name           text        not null,
    phone          text,
    registered_on  date        not null,
    active         boolean     not null,
    recorded_by    bigint      not null references person (id),
    recorded_at    timestamptz not null
);

create index volunteer_grid_idx on volunteer (grid_code);

-- The complaints a volunteer reported, as known reporters, through staff who entered them (complaint is
-- partitioned: no foreign key reaches it; the complaint is stored in the same transaction).
create table volunteer_complaint (
    complaint_id  bigint primary key,
    volunteer_id  uuid   not null references volunteer (id)
);

create index volunteer_complaint_volunteer_idx on volunteer_complaint (volunteer_id);
