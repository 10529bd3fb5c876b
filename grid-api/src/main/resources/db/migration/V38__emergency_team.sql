-- The emergency team roster (应急队伍, #18): members kept per district (a person of the platform or an outside
-- contact), their on-duty days as date ranges, and who was on duty and told when an emergency was opened — a copy of
-- the member as they were, so the emergency's page keeps it after the roster changes.

create table emergency_team_member (
    id            uuid primary key,
    district_code text        not null references grid (code),
    person_id     bigint references person (id),
    name          text        not null,
    phone         text,
    unit          text        not null,
    speciality    text        not null check (speciality in ('monitoring', 'disposal', 'expert')),
    updated_at    timestamptz not null,
    check (person_id is not null or phone is not null)
);

create index emergency_team_member_district_idx on emergency_team_member (district_code);

create table emergency_team_duty (
    member_id uuid not null references emergency_team_member (id) on delete cascade,
    first_day date not null,
    last_day  date not null check (first_day <= last_day),
    primary key (member_id, first_day)
);

create table emergency_team_told (
    emergency_id uuid not null references emergency (id),
    member_id    uuid not null,          -- no foreign key: a member removed from the roster stays on the record
    person_id    bigint,
    name         text not null,
    phone        text,
    unit         text not null,
    speciality   text not null,
    primary key (emergency_id, member_id)
);
