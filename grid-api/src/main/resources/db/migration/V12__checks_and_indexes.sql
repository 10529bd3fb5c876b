-- The closed lists, non-negative numbers and ordered times that V4, V5, V7 and V9 left to the application, in the
-- style of V1–V3, so that a bug cannot store a state, kind or category the platform does not know. Each list is
-- a grid-core vocabulary's keys (Vocabulary.key: the enum constant in lower case): CaseState, ComplaintState,
-- FindingCategory, Severity, TargetKind, Channel, ComplaintCategory, Satisfaction, FixCrs, PhotoType's media
-- types; the event actions are CaseWorkflow's and ComplaintWorkflow's, plus how a case or complaint enters
-- (open, receive) and the complainant's rating (rate). SchemaConstraintsTest keeps the lists and the enums in step.
-- And the indexes the foreign keys and the coverage queries were missing.

alter table inspection
    add constraint inspection_fix_check check (fix_lon between -180 and 180 and fix_lat between -90 and 90),
    add constraint inspection_sent_check check (sent_lon between -180 and 180 and sent_lat between -90 and 90),
    add constraint inspection_location_distance_m_check check (location_distance_m >= 0),
    add constraint inspection_corrects_check check (corrects <> id);

alter table photo
    add constraint photo_media_type_check check (media_type in ('image/jpeg', 'image/png', 'image/heic')),
    add constraint photo_size_bytes_check check (size_bytes >= 0);

alter table inspection_photo add constraint inspection_photo_seq_check check (seq >= 0);
alter table complaint_photo add constraint complaint_photo_seq_check check (seq >= 0);

alter table problem_case
    add constraint problem_case_finding_index_check check (finding_index >= 0),
    add constraint problem_case_category_check check (category in ('wastewater', 'exhaust', 'dust', 'solid_waste',
        'hazardous_waste', 'noise', 'straw_burning', 'river_litter', 'other')),
    add constraint problem_case_severity_check check (severity in ('minor', 'general', 'serious')),
    add constraint problem_case_target_kind_check check (target_kind in ('source', 'grid_patrol', 'river_patrol')),
    add constraint problem_case_state_check check (state in ('open', 'assigned', 'rectifying',
        'awaiting_verification', 'closed', 'rejected')),
    -- closed and rejected are final (CaseState.isFinal): a case has a closing time exactly when it is in one
    add constraint problem_case_closed_when_final check ((closed_at is not null) = (state in ('closed', 'rejected'))),
    add constraint problem_case_closed_after_opened check (closed_at >= opened_at);

alter table case_event
    add constraint case_event_action_check check (action in ('open', 'assign', 'reassign', 'start_rectification',
        'report_done', 'verify', 'send_back', 'reject')),
    add constraint case_event_from_state_check check (from_state in ('open', 'assigned', 'rectifying',
        'awaiting_verification', 'closed', 'rejected')),
    add constraint case_event_to_state_check check (to_state in ('open', 'assigned', 'rectifying',
        'awaiting_verification', 'closed', 'rejected'));

alter table complaint
    add constraint complaint_channel_check check (channel in ('web', 'open311', 'hotline_12345', 'hotline_12369',
        'letter', 'visit')),
    add constraint complaint_category_check check (category in ('cooking_fumes', 'odour', 'noise', 'dust',
        'water_pollution', 'dumping', 'burning', 'other')),
    add constraint complaint_state_check check (state in ('received', 'accepted', 'investigating', 'replied',
        'closed')),
    add constraint complaint_satisfaction_check check (satisfaction in ('satisfied', 'basically_satisfied',
        'unsatisfied')),
    add constraint complaint_rated_with_satisfaction check ((satisfaction is null) = (rated_at is null)),
    add constraint complaint_location_check check (lon between -180 and 180 and lat between -90 and 90),
    -- ComplaintDeadlines: no category may be due closed before it is due accepted
    add constraint complaint_deadlines_check check (close_by >= accept_by),
    -- a reopened complaint keeps the time it was first closed, so only receipt orders the other times
    add constraint complaint_accepted_after_received check (accepted_at >= received_at),
    add constraint complaint_closed_after_received check (closed_at >= received_at),
    add constraint complaint_rated_after_received check (rated_at >= received_at);

alter table complaint_event
    add constraint complaint_event_action_check check (action in ('receive', 'accept', 'investigate', 'open_case',
        'reply', 'close', 'reopen', 'rate')),
    add constraint complaint_event_from_state_check check (from_state in ('received', 'accepted', 'investigating',
        'replied', 'closed')),
    add constraint complaint_event_to_state_check check (to_state in ('received', 'accepted', 'investigating',
        'replied', 'closed'));

alter table login_failure add constraint login_failure_failures_check check (failures >= 0);

-- Coverage sums duties by grid over due dates (and a grid import asks which grids have duties); removing a grid
-- from the layer looks for the duties and river patrols that refer to it.
create index duty_grid_idx on duty (grid_code, due_by);
create index river_segment_grid_grid_idx on river_segment_grid (grid_code);
-- Coverage counts inspections and the workload report counts an inspector's records over a period, of every grid.
create index inspection_inspected_idx on inspection (inspected_at);
-- Coverage takes the cases that were open at some time in the period.
create index problem_case_opened_idx on problem_case (opened_at);
-- Who may see a photo is asked through the records that name it.
create index inspection_photo_sha256_idx on inspection_photo (sha256);
create index complaint_photo_sha256_idx on complaint_photo (sha256);
