-- The metrics roll-up: daily snapshots of the community's metrics, the outcome measures it
-- reads, the API tokens that push them, and key results that follow a metric

-- ShedLock's lock rows: one roll-up at a time across every instance on this database
create table shedlock (
    name        varchar(64)   primary key,
    lock_until  timestamptz   not null,
    locked_at   timestamptz   not null,
    locked_by   varchar(255)  not null
);

-- One row per day, metric and business unit; business_unit null is the whole community
create table metric_snapshots (
    day            date           not null,
    metric_key     varchar(80)    not null,
    business_unit  varchar(80),
    value          numeric(18, 4) not null,
    computed_at    timestamptz    not null,
    constraint metric_snapshots_key unique nulls not distinct (metric_key, business_unit, day)
);
create index metric_snapshots_day_idx on metric_snapshots (day);

-- The days rolled up; complete once a run started after the day ended
create table metric_days (
    day           date         primary key,
    rolled_up_at  timestamptz  not null,
    complete      boolean      not null
);

-- Each roll-up that committed, for the lead's page
create table metric_roll_ups (
    id            bigint generated always as identity primary key,
    trigger       varchar(16)  not null check (trigger in ('SCHEDULE', 'LEAD', 'BACKFILL')),
    first_day     date         not null,
    last_day      date         not null,
    rows_written  integer      not null,
    started_at    timestamptz  not null,
    finished_at   timestamptz  not null,
    requested_by  bigint       references members (id),
    check (last_day >= first_day)
);
create index metric_roll_ups_started_idx on metric_roll_ups (started_at desc);

-- API tokens: only a SHA-256 of the secret is kept; the secret is shown once
create table api_tokens (
    id              bigint generated always as identity primary key,
    name            varchar(80)  not null check (length(btrim(name)) > 0),
    token_hash      char(64)     not null unique,
    write_outcomes  boolean      not null,
    read_metrics    boolean      not null,
    expires_at      timestamptz  not null,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    created_by      bigint       not null references members (id),
    created_at      timestamptz  not null,
    check (write_outcomes or read_metrics)
);
create index api_tokens_created_idx on api_tokens (created_at desc);

-- Outcome measures recorded by a lead, imported from CSV or pushed through the API; recording
-- the same measure for the same unit, service and period again replaces the value
create table outcome_measures (
    id             bigint generated always as identity primary key,
    measure        varchar(24)    not null check (measure in ('AVAILABILITY', 'INCIDENTS', 'TIME_TO_RESTORE',
                                                              'TURNOVER', 'DEVEX_NPS', 'COST_SAVINGS')),
    business_unit  varchar(80),
    service        varchar(120),
    period_start   date           not null,
    period_end     date           not null,
    value          numeric(18, 4) not null,
    origin         varchar(8)     not null check (origin in ('MANUAL', 'CSV', 'API')),
    recorded_by    bigint         references members (id),
    api_token_id   bigint         references api_tokens (id),
    recorded_at    timestamptz    not null,
    check (period_end >= period_start),
    check (business_unit is not null or service is not null),
    constraint outcome_measures_key unique nulls not distinct (measure, business_unit, service, period_start, period_end)
);
create index outcome_measures_period_idx on outcome_measures (period_end, measure);
create index outcome_measures_recorded_idx on outcome_measures (recorded_at desc, id);

-- Key results that follow a metric: which business unit and how the period's days become one value
alter table key_results
    add column metric_business_unit varchar(80),
    add column metric_aggregation   varchar(16) check (metric_aggregation in ('LAST_DAY', 'PERIOD_SUM', 'CHANGE')),
    add check ((source = 'METRIC') = (metric_aggregation is not null));
create index key_results_metric_idx on key_results (metric_key) where source = 'METRIC';

-- What a check-in from the roll-up computed, with its figures
alter table check_ins add column provenance varchar(1000);

-- What the roll-up reads by day
create index experiments_concluded_idx on experiments (concluded_at) where concluded_at is not null;
create index experiment_promotions_promoted_idx on experiment_promotions (promoted_at);
create index session_feedback_given_idx on session_feedback (given_at);
create index pairings_activated_idx on pairings (activated_at) where activated_at is not null;
create index pairings_closed_idx on pairings (closed_at) where closed_at is not null;
create index heroes_created_created_idx on heroes_created (created_at);
create index pairing_check_ins_met_idx on pairing_check_ins (met_on);
