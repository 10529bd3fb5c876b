-- One deployment serves a city (市) of several districts. The city is not a grid — its area is the union of its
-- districts — but one record: its GB/T 2260 code (6 digits ending in 00) and its name, set by a city administrator.
-- An install of one district migrates with no action: the city's code follows from the district's (320214 lies in
-- 320200); a district with another kind of code leaves it unknown, and the name stays unknown until it is set (the
-- pages show the district's name meanwhile).

create table city (
    id          smallint primary key check (id = 1),
    code        text check (code ~ '^[1-8][0-9]{3}00$' and code !~ '0000$'),
    name        text check (length(name) between 1 and 100),
    updated_at  timestamptz
);

-- a district's code whose first four digits name no city (320014) leaves the city's unknown
insert into city (id, code)
values (1, (select left(min(code), 4) || '00' from grid
            where level = 'district' and code ~ '^[1-8][0-9]{5}$' and code !~ '^[0-9]{2}00' and code !~ '00$'));
