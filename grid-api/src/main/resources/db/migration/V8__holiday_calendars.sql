-- Holiday schedules administrators add (PUT /api/calendars/{year}): a year the State Council published after the
-- release, or a correction of a shipped one. A stored year takes precedence over the shipped data file and over
-- ENVGRID_COMPLAINTS_HOLIDAYS / _MAKE_UP_WORKDAYS for that year.
create table holiday_calendar (
    year              integer     primary key check (year between 2000 and 2200),
    holidays          date[]      not null,
    make_up_workdays  date[]      not null,
    updated_at        timestamptz not null,
    updated_by        bigint      references person (id)
);
