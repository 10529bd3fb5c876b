-- The enterprises' side of the work plan (#17). Radiation (核与辐射) becomes a finding category of its own, and the
-- platform raises alerts by itself about an enterprise (AlertKind): each is kept once per enterprise, kind and subject
-- (a waste code, a manifest number, a licence number), so that running the checks again never raises it twice; an
-- alert that opens a case points to it.

alter table problem_case drop constraint problem_case_category_check;
alter table problem_case add constraint problem_case_category_check check (category in ('wastewater', 'exhaust',
    'dust', 'solid_waste', 'hazardous_waste', 'noise', 'straw_burning', 'river_litter', 'radiation', 'other'));

create table enterprise_alert (
    id           bigserial primary key,
    source_code  text        not null references source (code) on delete cascade,
    kind         text        not null check (kind in ('hw_stored_over_year', 'hw_unlicensed_receiver', 'hw_off_plan',
                                                      'radiation_licence_expiring', 'radiation_licence_expired')),
    subject      text        not null,
    detail       text        not null,
    raised_on    date        not null,
    raised_at    timestamptz not null,
    case_id      bigint references problem_case (id),
    unique (source_code, kind, subject)
);

create index enterprise_alert_raised_idx on enterprise_alert (raised_on);
