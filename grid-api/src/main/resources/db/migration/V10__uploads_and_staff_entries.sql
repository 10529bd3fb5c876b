-- Who sent each photo. A photo is stored once, under the SHA-256 of its bytes, but several people may send the same
-- bytes; a record may name only photos its author sent, so every sender is kept — a person signed in, or a public
-- client by its key (the same salted hash as for rate limits).
create table photo_upload (
    sha256         text        not null references photo (sha256) on delete cascade,
    uploaded_by    bigint      references person (id),
    uploaded_from  text,
    uploaded_at    timestamptz not null,
    constraint photo_upload_has_uploader check ((uploaded_by is null) <> (uploaded_from is null))
);

create unique index photo_upload_person_idx on photo_upload (sha256, uploaded_by) where uploaded_by is not null;
create unique index photo_upload_client_idx on photo_upload (sha256, uploaded_from) where uploaded_from is not null;
create index photo_upload_client_time_idx on photo_upload (uploaded_from, uploaded_at) where uploaded_from is not null;

insert into photo_upload (sha256, uploaded_by, uploaded_from, uploaded_at)
select sha256, uploaded_by, case when uploaded_by is null then uploaded_from end, uploaded_at from photo;

-- A complaint entered by staff (hotline, letter, visit) has no public client: it does not count against the public
-- intake's per-client limit.
alter table complaint alter column client_key drop not null;
update complaint set client_key = null where channel not in ('web', 'open311');
