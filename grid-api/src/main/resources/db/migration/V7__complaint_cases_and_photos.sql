-- Investigating a complaint may open a problem case (complaint.problem_case_id points to it): such a case has no
-- inspection behind it. Photos may come with a public complaint, from no one signed in: the submitting client's
-- key (a hash, as for rate limits) stands for the uploader then.

alter table problem_case alter column inspection_id drop not null;

alter table photo alter column uploaded_by drop not null;
alter table photo add column uploaded_from text;
alter table photo add constraint photo_has_uploader check (uploaded_by is not null or uploaded_from is not null);
create index photo_uploaded_from_idx on photo (uploaded_from, uploaded_at) where uploaded_from is not null;

create table complaint_photo (
    complaint_id  bigint  not null references complaint (id),
    seq           integer not null,
    sha256        text    not null references photo (sha256),
    primary key (complaint_id, seq)
);

-- Open311 clients send a link to a photo they host; it is kept as sent, never fetched.
alter table complaint add column media_url text;

create unique index complaint_case_idx on complaint (problem_case_id) where problem_case_id is not null;
