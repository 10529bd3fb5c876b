-- An account whose password someone else chose (a roster import, an administrator's reset) is told to choose its own
-- at its next sign-in; until it has, the API answers it nothing but the password change.

alter table person add column must_change_password boolean not null default false;
