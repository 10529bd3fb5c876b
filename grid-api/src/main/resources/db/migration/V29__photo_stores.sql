-- Where each photo's bytes are (issue #16): in its row, as until now ('postgres'), or in an S3-compatible object
-- store ('s3') under a key of a bucket. Recorded per photo, so that an install that switches stores goes on reading
-- the photos it kept before. Every photo stored so far is in its row.
alter table photo
    add column store      text not null default 'postgres',
    add column bucket     text,
    add column object_key text,
    alter column bytes drop not null;

alter table photo add constraint photo_store_check check (
    store = 'postgres' and bytes is not null and bucket is null and object_key is null
    or store = 's3' and bytes is null and bucket is not null and object_key is not null);
