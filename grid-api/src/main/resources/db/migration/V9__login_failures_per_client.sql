-- Failed logins are counted per account and client (the remote address, or the client a trusted proxy names), and
-- only that client is made to wait: failures from elsewhere can no longer lock an administrator out. The counts
-- on person go: they locked the account for everyone.

create table login_failure (
    person_id       bigint      not null references person (id) on delete cascade,
    client          text        not null,
    failures        integer     not null,
    last_failed_at  timestamptz not null,
    locked_until    timestamptz,
    primary key (person_id, client)
);

create index login_failure_locked_idx on login_failure (locked_until) where locked_until is not null;

alter table person drop column failed_logins;
alter table person drop column locked_until;
