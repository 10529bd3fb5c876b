-- The quarterly review is held per district — each ranks its own first-level grids with its own weights — so a
-- published review is keyed by district and quarter. A review published before the layer could hold several
-- districts ranked the grids of the only district there was: it becomes that district's review. (A review published
-- while no district was imported ranked no grid; it is kept under the empty code, which names no district.)
-- No foreign key to grid: an import replaces grids, and a published review is a frozen snapshot that outlives them.
alter table review drop constraint review_pkey;
alter table review add column id bigserial primary key;
alter table review add column district_code text;
update review set district_code = coalesce((select min(code) from grid where level = 'district'), '');
alter table review alter column district_code set not null;
alter table review add constraint review_district_quarter unique (district_code, quarter);
