-- The district desk (12345 办理台): a complaint is transferred to another grid (转办), sent back by its grid to the
-- desk (退回, state 'returned'), ended as a duplicate of an earlier one (重复件, linked to it), or declined
-- (不予受理) with a reason the complainant is shown. Closing a complaint whose problem case is still open takes a
-- reason, kept in its history.

alter table complaint add column duplicate_of bigint references complaint (id);
alter table complaint add column decline_reason text;

alter table complaint drop constraint complaint_state_check;
alter table complaint
    add constraint complaint_state_check check (state in ('received', 'accepted', 'investigating', 'replied',
        'closed', 'returned', 'duplicate', 'declined')),
    add constraint complaint_duplicate_links_original check ((state = 'duplicate') = (duplicate_of is not null)),
    add constraint complaint_declined_with_reason check ((state = 'declined') = (decline_reason is not null)),
    add constraint complaint_not_own_duplicate check (duplicate_of <> id);

alter table complaint_event drop constraint complaint_event_action_check;
alter table complaint_event drop constraint complaint_event_from_state_check;
alter table complaint_event drop constraint complaint_event_to_state_check;
alter table complaint_event
    add constraint complaint_event_action_check check (action in ('receive', 'accept', 'investigate', 'open_case',
        'reply', 'close', 'reopen', 'rate', 'transfer', 'send_back', 'duplicate', 'decline')),
    add constraint complaint_event_from_state_check check (from_state in ('received', 'accepted', 'investigating',
        'replied', 'closed', 'returned')),
    add constraint complaint_event_to_state_check check (to_state in ('received', 'accepted', 'investigating',
        'replied', 'closed', 'returned', 'duplicate', 'declined'));

create index complaint_duplicate_of_idx on complaint (duplicate_of) where duplicate_of is not null;
