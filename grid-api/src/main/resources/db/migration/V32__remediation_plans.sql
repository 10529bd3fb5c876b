-- 一厂一策 remediation plans (#17): per enterprise, a plan (a title and the year or period it covers) of measures,
-- each with what to do, a deadline, the enterprise's person who answers for it (name and phone), optionally the
-- supervising member of staff, and where it stands. A plan is kept once per enterprise, period and title and a
-- measure once per plan and text, so that a retried request adds nothing.

create table remediation_plan (
    id           bigserial primary key,
    source_code  text        not null references source (code) on delete cascade,
    title        text        not null,
    period       text        not null,
    created_by   bigint references person (id),
    created_at   timestamptz not null,
    unique (source_code, period, title)
);

create table plan_measure (
    id                 bigserial primary key,
    plan_id            bigint      not null references remediation_plan (id) on delete cascade,
    action             text        not null,
    deadline           date        not null,
    responsible_name   text        not null,
    responsible_phone  text        not null,
    supervisor_id      bigint references person (id),
    state              text        not null default 'planned'
                                   check (state in ('planned', 'reported', 'verified', 'cancelled')),
    reported_at        timestamptz,
    verified_at        timestamptz,
    -- the inspection (partitioned, V28: no foreign key) that found the measure done
    verified_by        uuid,
    cancel_reason      text,
    created_at         timestamptz not null,
    unique (plan_id, action),
    check ((state = 'verified') = (verified_at is not null)),
    check ((state = 'cancelled') = (cancel_reason is not null))
);

create index plan_measure_deadline_idx on plan_measure (deadline) where state in ('planned', 'reported');

-- Each measure is verified by an inspection of its own: a duty that points to it. Several measures of one enterprise
-- saved on one day each get theirs, so the duty key holds for the other duties only, and a measure has one duty.
alter table duty drop constraint duty_purpose_check;
alter table duty add constraint duty_purpose_check check (purpose in ('routine', 'reinspection', 'measure'));
alter table duty add column measure_id bigint references plan_measure (id) on delete cascade;
alter table duty add constraint duty_measure_check check ((purpose = 'measure') = (measure_id is not null));
alter table duty drop constraint duty_target_kind_target_code_grid_code_due_from_purpose_key;
create unique index duty_target_window_key on duty (target_kind, target_code, grid_code, due_from, purpose)
    where measure_id is null;
create unique index duty_measure_key on duty (measure_id) where measure_id is not null;
