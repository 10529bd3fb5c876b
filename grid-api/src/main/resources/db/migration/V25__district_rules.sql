-- Rules a district may set for itself instead of the city's (issue #16): inspection rules, review weights,
-- rectification and complaint deadlines, escalation days. A row with no district is the city's, over the built-in
-- or configured default (envgrid.cases.*, envgrid.complaints.*); a district's row is over the city's. No row: the
-- value is inherited. Each value is the item's JSON as the API exchanges it.
create table rule_setting (
    district_code  text,
    item           text        not null check (item in ('inspection_rules', 'review_weights',
                                   'rectification_deadlines', 'complaint_deadlines', 'case_escalation',
                                   'complaint_escalation')),
    value          jsonb       not null,
    updated_at     timestamptz not null,
    updated_by     bigint      references person (id)
);
create unique index rule_setting_key on rule_setting ((coalesce(district_code, '')), item);

-- the inspection rules saved so far were the only district's, which is now the whole city
insert into rule_setting (district_code, item, value, updated_at)
select null, 'inspection_rules', rules, updated_at from inspection_rules;
drop table inspection_rules;

-- Holiday schedules per district likewise: a year a district stored counts there instead of the city's.
alter table holiday_calendar add column district_code text;
alter table holiday_calendar drop constraint holiday_calendar_pkey;
create unique index holiday_calendar_key on holiday_calendar ((coalesce(district_code, '')), year);
