-- A person's district binding (GB/T 2260 code of a district grid): an administrator or viewer bound to a district
-- reads (and administers) that district only; null is the whole city, which every account of a one-district
-- install keeps. For grid chiefs and supervisors it names the district whose administrators manage them.
-- No foreign key to grid: a layer import replaces the grids, and a binding outlives a district's redrawing.

alter table person add column district_code text;

create index person_district_idx on person (district_code);
