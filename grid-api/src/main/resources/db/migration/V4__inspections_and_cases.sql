-- Field inspections (巡查记录), their photos, and the problem cases (问题整改) their findings become.

-- The id is made by the client before it sends, so a retried submission is recognised and stored once.
create table inspection (
    id                   uuid primary key,
    payload_hash         text             not null,   -- SHA-256 of the submission: a retry must match it
    inspector_id         bigint           not null references person (id),
    duty_id              bigint references duty (id),
    target_kind          text             not null check (target_kind in ('source', 'grid_patrol', 'river_patrol')),
    target_code          text             not null,
    grid_code            text             not null references grid (code),
    inspected_at         timestamptz      not null,
    fix_lon              double precision not null,   -- WGS84, converted when the phone sent GCJ-02
    fix_lat              double precision not null,
    fix_crs              text             not null check (fix_crs in ('wgs84', 'gcj02')),
    sent_lon             double precision not null,   -- as sent
    sent_lat             double precision not null,
    accuracy_m           double precision not null check (accuracy_m >= 0),
    checklist            jsonb            not null,
    findings             jsonb            not null,
    notes                text,
    location_plausible   boolean          not null,
    location_distance_m  double precision not null,
    location_reason      text,
    corrects             uuid references inspection (id),
    received_at          timestamptz      not null
);

create index inspection_duty_idx on inspection (duty_id);
create index inspection_inspector_idx on inspection (inspector_id, inspected_at);
create index inspection_grid_idx on inspection (grid_code, inspected_at);
-- coverage asks, per source due, whether it was inspected in the period; and skips corrected records
create index inspection_target_idx on inspection (target_kind, target_code, inspected_at);
create index inspection_corrects_idx on inspection (corrects) where corrects is not null;

-- Photos are uploaded on their own, keyed by their SHA-256, so that each is sent — and retried — independently
-- of the record that refers to them.
create table photo (
    sha256       text primary key,
    media_type   text             not null,
    bytes        bytea            not null,
    size_bytes   integer          not null,
    exif_time    timestamp,                   -- as the camera wrote it (local time, no zone)
    exif_lon     double precision,
    exif_lat     double precision,
    uploaded_by  bigint           not null references person (id),
    uploaded_at  timestamptz      not null
);

create table inspection_photo (
    inspection_id  uuid    not null references inspection (id),
    seq            integer not null,
    sha256         text    not null references photo (sha256),
    primary key (inspection_id, seq)
);

create table problem_case (
    id              bigserial primary key,
    inspection_id   uuid        not null references inspection (id),
    finding_index   integer     not null,
    category        text        not null,
    severity        text        not null,
    description     text        not null,
    grid_code       text        not null references grid (code),
    target_kind     text        not null,
    target_code     text        not null,
    state           text        not null,
    assignee_id     bigint references person (id),
    reported_done_by bigint references person (id),
    due_by          date        not null,
    opened_at       timestamptz not null,
    closed_at       timestamptz,
    reinspection_duty_id bigint references duty (id),
    unique (inspection_id, finding_index)
);

create index problem_case_grid_idx on problem_case (grid_code, state);

-- Every transition of a case: who, when, from which state to which, and why.
create table case_event (
    id          bigserial primary key,
    case_id     bigint      not null references problem_case (id),
    at          timestamptz not null,
    actor_id    bigint references person (id),
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    reason      text
);

create index case_event_case_idx on case_event (case_id, at);

-- A reviewer's decision on a record flagged for where it was made; the record itself is never changed.
create table inspection_review (
    inspection_id  uuid primary key references inspection (id),
    accepted       boolean     not null,
    reviewer_id    bigint      not null references person (id),
    reason         text        not null,
    reviewed_at    timestamptz not null
);
