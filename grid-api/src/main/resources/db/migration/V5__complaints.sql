-- Complaints (信访 / 投诉举报): public intake, routing to the grid that contains them, deadlines in working days,
-- the complainant's satisfaction. Name and contact are personal data, kept apart from what the public sees.

create table complaint (
    id                   bigserial primary key,
    submission_key       text unique,        -- made by the submitting client: a resent form is stored once
    channel              text             not null,
    category             text             not null,
    description          text             not null,
    lon                  double precision not null,
    lat                  double precision not null,
    address              text,
    grid_code            text references grid (code) on delete set null,
    near_boundary        boolean          not null,
    also_shown_to        jsonb            not null,
    state                text             not null,
    received_at          timestamptz      not null,
    accept_by            date             not null,
    close_by             date             not null,
    accepted_at          timestamptz,
    closed_at            timestamptz,
    reply                text,
    problem_case_id      bigint references problem_case (id),
    reopened             boolean          not null default false,
    satisfaction         text,
    rated_at             timestamptz,
    rating_token         text             not null unique,   -- random; in the link the complainant is given
    status_token         text             not null unique,   -- Open311 token for a request not yet acknowledged
    complainant_name     text,
    complainant_contact  text,
    client_key           text             not null            -- a hash of the submitting client, for rate limits
);

create index complaint_grid_idx on complaint (grid_code, state);
create index complaint_received_idx on complaint (received_at);
create index complaint_client_idx on complaint (client_key, received_at);

create table complaint_event (
    id            bigserial primary key,
    complaint_id  bigint      not null references complaint (id),
    at            timestamptz not null,
    actor_id      bigint references person (id),
    action        text        not null,
    from_state    text,
    to_state      text        not null,
    note          text
);

create index complaint_event_idx on complaint_event (complaint_id, at);
