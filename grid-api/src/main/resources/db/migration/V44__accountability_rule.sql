-- A new rule item (#18): how many days a supervision order may be overdue before an accountability record (问责) is
-- proposed, and the measures proposed (ACCOUNTABILITY). Every item of V31 and V34 stays, so that the order the
-- helpers' migrations land in does not matter.
alter table rule_setting drop constraint rule_setting_item_check;
alter table rule_setting add constraint rule_setting_item_check check (item in ('inspection_rules', 'review_weights',
    'rectification_deadlines', 'complaint_deadlines', 'case_escalation', 'complaint_escalation',
    'radiation_frequencies', 'credit_grading', 'accountability'));
