-- The business goals objectives align to; leads keep the list short and current
create table business_goals (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    name        varchar(60)  not null check (length(btrim(name)) > 0),
    description varchar(300),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    created_by  bigint
);
create unique index business_goals_name_key on business_goals (lower(name));

insert into business_goals (name, description) values
    ('Velocity', 'Ship changes to customers faster and more safely'),
    ('Quality', 'Fewer defects reach production'),
    ('Reliability', 'Services that stay available and recover quickly'),
    ('Winning clients', 'Reliability and skills that win and keep clients');

-- An OKR period such as "2026 Q4"; periods never overlap, and a closed period is read-only
create table okr_periods (
    id         bigint generated always as identity primary key,
    version    bigint      not null default 0,
    name       varchar(40) not null check (length(btrim(name)) > 0),
    starts_on  date        not null,
    ends_on    date        not null,
    closed_at  timestamptz,
    closed_by  bigint references members (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    created_by bigint,
    check (ends_on >= starts_on),
    constraint okr_periods_no_overlap exclude using gist (daterange(starts_on, ends_on, '[]') with &&)
);
create unique index okr_periods_name_key on okr_periods (lower(name));

create table objectives (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    period_id        bigint        not null references okr_periods (id),
    title            varchar(150)  not null check (length(btrim(title)) > 0),
    why_it_matters   varchar(1000),
    business_goal_id bigint        not null references business_goals (id),
    owner_id         bigint        not null references members (id),
    -- set when the period closes: the score frozen at that moment, the lead's grade and retrospective
    final_score      numeric(4, 3) check (final_score between 0 and 1),
    grade            numeric(4, 3) check (grade between 0 and 1),
    went_well        varchar(1000),
    did_not_go_well  varchar(1000),
    what_next        varchar(1000),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    created_by       bigint
);
create index objectives_period_idx on objectives (period_id, id);
create index objectives_owner_idx on objectives (owner_id);
create index objectives_business_goal_idx on objectives (business_goal_id);

create table key_results (
    id               bigint generated always as identity primary key,
    version          bigint         not null default 0,
    objective_id     bigint         not null references objectives (id) on delete cascade,
    position         smallint       not null check (position between 0 and 4),
    title            varchar(150)   not null check (length(btrim(title)) > 0),
    kind             varchar(16)    not null
        check (kind in ('INCREASE_TO', 'DECREASE_TO', 'STAY_ABOVE', 'STAY_BELOW', 'MILESTONE')),
    unit             varchar(16)    not null check (unit in ('COUNT', 'PERCENT', 'HOURS', 'MINUTES', 'SCORE', 'MONEY')),
    baseline         numeric(16, 4) not null,
    target           numeric(16, 4) not null,
    current_value    numeric(16, 4) not null,
    weight           numeric(5, 2)  not null default 1 check (weight > 0 and weight <= 100),
    owner_id         bigint         not null references members (id),
    -- MANUAL: people check in; METRIC: the metrics roll-up checks in from the community metric it names
    source           varchar(16)    not null default 'MANUAL' check (source in ('MANUAL', 'METRIC')),
    metric_key       varchar(80),
    final_score      numeric(4, 3)  check (final_score between 0 and 1),
    last_check_in_at timestamptz,
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    created_by       bigint,
    check ((source = 'METRIC') = (metric_key is not null)),
    check (kind <> 'INCREASE_TO' or target > baseline),
    check (kind <> 'DECREASE_TO' or target < baseline),
    -- checked at commit, so that a lead can reorder or remove key results in one save
    constraint key_results_position_key unique (objective_id, position) deferrable initially deferred
);
create index key_results_owner_idx on key_results (owner_id);

-- Every check-in is kept: the history of a key result's value and its owner's confidence
create table check_ins (
    id            bigint generated always as identity primary key,
    key_result_id bigint         not null references key_results (id) on delete cascade,
    value         numeric(16, 4) not null,
    confidence    varchar(16)    not null check (confidence in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    note          varchar(500),
    origin        varchar(16)    not null default 'MANUAL' check (origin in ('MANUAL', 'METRIC')),
    recorded_at   timestamptz    not null,
    recorded_by   bigint references members (id)
);
create index check_ins_key_result_idx on check_ins (key_result_id, recorded_at);
