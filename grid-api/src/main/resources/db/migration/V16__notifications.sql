-- Notifications: an outbox written in the transaction of the change that causes it, and delivered by a job.
-- People get an e-mail address beside their phone (personal data under the same rules).

alter table person add column email text;

create table notification (
    id               bigserial primary key,
    -- what caused it ('complaint:12:reply', 'case:7:assigned:3:…'): with the channel and address it is sent once,
    -- so a retried request or a second run of a scan never enqueues it twice
    cause            text        not null,
    kind             text        not null,             -- complaint_reply, duty_digest, case_assigned, escalation
    channel          text        not null,             -- email, webhook
    recipient_id     bigint references person (id),    -- null: a complainant
    address          text        not null,             -- an e-mail address, or the phone a webhook gateway texts
    subject          text        not null,
    body             text        not null,
    state            text        not null,             -- pending, sent, failed, held
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,                      -- while pending: not before then
    last_error       text,                             -- why the last attempt failed, or why it is held
    created_at       timestamptz not null,
    sent_at          timestamptz,
    constraint notification_once unique (cause, channel, address),
    constraint notification_state check (state in ('pending', 'sent', 'failed', 'held')),
    constraint notification_channel check (channel in ('email', 'webhook'))
);

create index notification_due_idx on notification (next_attempt_at) where state = 'pending';
create index notification_state_idx on notification (state, created_at);
