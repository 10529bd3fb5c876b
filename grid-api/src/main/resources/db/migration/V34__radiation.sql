-- Radiation (核与辐射, #17): the sealed radioactive sources (放射源, class I–V) and ray devices (射线装置, class I–III)
-- an enterprise of the directory holds, and its radiation safety licence (辐射安全许可证) — one in force per holder,
-- its scope being the classes of sources and of devices it permits ('II,III'). A source or device is kept per holder
-- by its code or serial number, so that saving it again updates it; one transferred out stays on the ledger.

create table radiation_licence (
    holder_code    text        primary key references source (code) on delete cascade,
    number         text        not null,
    source_classes text        not null check (source_classes ~ '^((I|II|III|IV|V)(,(I|II|III|IV|V))*)?$'),
    device_classes text        not null check (device_classes ~ '^((I|II|III)(,(I|II|III))*)?$'),
    issued_on      date        not null,
    expires_on     date        not null check (expires_on > issued_on),
    updated_at     timestamptz not null
);

create index radiation_licence_expiry_idx on radiation_licence (expires_on);

create table radiation_source (
    holder_code   text             not null references source (code) on delete cascade,
    serial        text             not null,
    nuclide       text             not null,
    class         text             not null check (class in ('I', 'II', 'III', 'IV', 'V')),
    activity      double precision not null check (activity > 0 and activity < 'Infinity'),
    activity_unit text             not null check (activity_unit in ('Bq', 'kBq', 'MBq', 'GBq', 'TBq')),
    activity_on   date             not null,
    location      text             not null,
    status        text             not null check (status in ('in_use', 'stored', 'transferred_out')),
    updated_at    timestamptz      not null,
    primary key (holder_code, serial)
);

create table ray_device (
    holder_code text        not null references source (code) on delete cascade,
    serial      text        not null,
    kind        text        not null,
    model       text        not null,
    class       text        not null check (class in ('I', 'II', 'III')),
    location    text        not null,
    status      text        not null check (status in ('in_use', 'stored', 'transferred_out')),
    updated_at  timestamptz not null,
    primary key (holder_code, serial)
);

-- a new rule item: how often a holder is inspected by the classes it holds (RADIATION_FREQUENCIES). The credit
-- grading's item of #17 (V31, credit_grading) is listed too, so that the order these land in does not matter.
alter table rule_setting drop constraint rule_setting_item_check;
alter table rule_setting add constraint rule_setting_item_check check (item in ('inspection_rules', 'review_weights',
    'rectification_deadlines', 'complaint_deadlines', 'case_escalation', 'complaint_escalation',
    'radiation_frequencies', 'credit_grading'));
