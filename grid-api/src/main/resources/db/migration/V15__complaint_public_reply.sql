-- The reply staff publish to the complainant (公开答复), kept apart from the complaint's internal record (its reply
-- and its history's notes), so that a public route reads only what was meant for the public. The latest
-- publication stands: replying again after a reopening, or closing with a reply, replaces it.

create table complaint_public_reply (
    complaint_id  bigint      primary key references complaint (id) on delete cascade,
    text          text        not null check (length(text) between 1 and 2000),
    published_at  timestamptz not null,
    published_by  bigint      not null references person (id)
);
