-- People, their grid assignments (with history), and the append-only audit log.

create table person (
    id              bigserial primary key,
    name            text        not null,
    username        text        not null unique,
    password_hash   text        not null,   -- bcrypt; the password itself is never stored
    phone           text,
    role            text        not null check (role in ('admin', 'viewer', 'chief', 'supervisor')),
    active          boolean     not null default true,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    deactivated_at  timestamptz
);

-- Active on [starts_on, ends_on); ended assignments are history and are never deleted.
create table assignment (
    id          bigserial primary key,
    person_id   bigint not null references person (id),
    grid_code   text   not null references grid (code),
    duty        text   not null check (duty in ('chief', 'supervisor')),
    starts_on   date   not null,
    ends_on     date,
    created_at  timestamptz not null,
    check (ends_on is null or ends_on >= starts_on)
);

create index assignment_person_idx on assignment (person_id);
create index assignment_grid_idx on assignment (grid_code);

create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null,
    actor_id     bigint,          -- null for the system itself (first start, demo data)
    actor        text        not null,
    action       text        not null,
    entity       text        not null,
    entity_id    text        not null,
    before       jsonb,
    after        jsonb
);

create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_actor_idx on audit_log (actor_id);
create index audit_log_at_idx on audit_log (at);

-- The audit log is append-only for everyone, the application included.
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
