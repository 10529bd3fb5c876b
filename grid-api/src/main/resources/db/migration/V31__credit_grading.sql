-- Environmental credit grading (环保信用评价, #17). The platform proposes each enterprise's grade of a year from its
-- record; an administrator may set another grade with a reason (credit_grade.reviewed_*); publishing a district's
-- year freezes every grade with the indicators and evidence it stood on (credit_grade.published_*, the snapshot) and
-- writes it into source.rating. A year is published once per district; an upheld appeal changes a published grade,
-- with history (credit_grade_event keeps every proposal reviewed, publication and appeal).

alter table rule_setting drop constraint rule_setting_item_check;
alter table rule_setting add constraint rule_setting_item_check check (item in ('inspection_rules', 'review_weights',
    'rectification_deadlines', 'complaint_deadlines', 'case_escalation', 'complaint_escalation', 'credit_grading'));

create table credit_publication (
    id             bigserial primary key,
    district_code  text        not null,
    year           integer     not null check (year between 2000 and 2100),
    published_at   timestamptz not null,
    published_by   bigint      not null references person (id),
    unique (district_code, year)
);

create table credit_grade (
    source_code      text        not null references source (code) on delete cascade,
    year             integer     not null check (year between 2000 and 2100),
    reviewed_grade   text        check (reviewed_grade in ('green', 'blue', 'yellow', 'red')),
    review_reason    text,
    reviewed_by      bigint      references person (id),
    reviewed_at      timestamptz,
    publication_id   bigint      references credit_publication (id),
    proposed_grade   text        check (proposed_grade in ('green', 'blue', 'yellow', 'red')),
    score            integer,
    indicators       jsonb,      -- the proposal as published: each indicator with its count, points and evidence
    published_grade  text        check (published_grade in ('green', 'blue', 'yellow', 'red')),
    primary key (source_code, year),
    check ((reviewed_grade is null) = (review_reason is null)),
    check ((publication_id is null) = (published_grade is null))
);
create index credit_grade_publication_idx on credit_grade (publication_id);

create table credit_appeal (
    id            bigserial primary key,
    source_code   text        not null references source (code) on delete cascade,
    year          integer     not null,
    filed_for     text        not null,   -- who objected for the enterprise (its contact), as staff recorded it
    text          text        not null,
    recorded_by   bigint      not null references person (id),
    recorded_at   timestamptz not null,
    decision      text        check (decision in ('upheld', 'rejected')),
    grade         text        check (grade in ('green', 'blue', 'yellow', 'red')),
    reason        text,
    decided_by    bigint      references person (id),
    decided_at    timestamptz,
    check ((decision is null) = (decided_at is null)),
    check (decision is distinct from 'upheld' or grade is not null)
);
create index credit_appeal_source_idx on credit_appeal (source_code, year);

create table credit_grade_event (
    id           bigserial primary key,
    source_code  text        not null references source (code) on delete cascade,
    year         integer     not null,
    at           timestamptz not null,
    actor_id     bigint      references person (id),
    action       text        not null check (action in ('review', 'publish', 'appeal', 'uphold', 'reject')),
    grade        text        check (grade in ('green', 'blue', 'yellow', 'red')),
    note         text
);
create index credit_grade_event_source_idx on credit_grade_event (source_code, year, at);
