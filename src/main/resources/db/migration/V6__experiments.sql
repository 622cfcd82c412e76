-- Experiments recorded along Kolb's cycle, successes and failures alike
create table experiments (
    id                         bigint generated always as identity primary key,
    version                    bigint       not null default 0,
    title                      varchar(150) not null check (length(btrim(title)) > 0),
    kind                       varchar(24)  not null
        check (kind in ('CHAOS_EXPERIMENT', 'NEW_PRACTICE', 'TOOLING', 'PROCESS')),
    service                    varchar(120) not null check (length(btrim(service)) > 0),
    hypothesis                 text         not null check (length(hypothesis) between 1 and 5000),
    scope                      varchar(16)  not null check (scope in ('SANDBOX', 'TEAM', 'BUSINESS_UNIT', 'ENTERPRISE')),
    status                     varchar(16)  not null check (status in ('PLANNED', 'RUNNING', 'CONCLUDED')),
    outcome                    varchar(16)  check (outcome in ('CONFIRMED', 'REFUTED', 'INCONCLUSIVE')),
    started_on                 date,
    ended_on                   date,
    concrete_experience        text         check (length(concrete_experience) <= 10000),
    reflective_observation     text         check (length(reflective_observation) <= 10000),
    abstract_conceptualisation text         check (length(abstract_conceptualisation) <= 10000),
    active_experimentation     text         check (length(active_experimentation) <= 10000),
    method                     text         check (length(method) <= 10000),
    origin                     varchar(16)  not null default 'MANUAL' check (origin in ('MANUAL', 'CHAOS_TOOLKIT')),
    author_id                  bigint       not null references members (id),
    parent_id                  bigint       references experiments (id) on delete set null,
    backlog_item_id            bigint       references backlog_items (id) on delete set null,
    key_result_id              bigint       references key_results (id) on delete set null,
    concluded_at               timestamptz,
    created_at                 timestamptz  not null default now(),
    updated_at                 timestamptz  not null default now(),
    created_by                 bigint,
    -- title, lessons and hypothesis, for the list's text search
    search                     tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
            || setweight(to_tsvector('english', coalesce(abstract_conceptualisation, '')), 'B')
            || setweight(to_tsvector('english', coalesce(active_experimentation, '') || ' ' || hypothesis), 'C')) stored,
    check ((status = 'CONCLUDED') = (outcome is not null)),
    check (ended_on is null or started_on is null or ended_on >= started_on)
);
create index experiments_search_idx on experiments using gin (search);
create index experiments_created_idx on experiments (created_at desc, id);
create index experiments_kind_idx on experiments (kind);
create index experiments_outcome_idx on experiments (outcome);
create index experiments_scope_idx on experiments (scope);
create index experiments_service_idx on experiments (lower(service));
create index experiments_author_idx on experiments (author_id);
create index experiments_started_idx on experiments (started_on);
create index experiments_parent_idx on experiments (parent_id);
create index experiments_backlog_item_idx on experiments (backlog_item_id);
create index experiments_key_result_idx on experiments (key_result_id);

create table experiment_co_authors (
    experiment_id bigint not null references experiments (id) on delete cascade,
    member_id     bigint not null references members (id),
    primary key (experiment_id, member_id)
);
create index experiment_co_authors_member_idx on experiment_co_authors (member_id, experiment_id);

create table experiment_skills (
    experiment_id bigint not null references experiments (id) on delete cascade,
    skill_id      bigint not null references skills (id),
    primary key (experiment_id, skill_id)
);
create index experiment_skills_skill_idx on experiment_skills (skill_id, experiment_id);

-- Each rung an experiment climbed on the scope ladder, with the evidence from the rung below
create table experiment_promotions (
    id            bigint generated always as identity primary key,
    experiment_id bigint        not null references experiments (id) on delete cascade,
    from_scope    varchar(16)   not null,
    to_scope      varchar(16)   not null,
    result        varchar(16)   not null check (result = 'CONFIRMED'),
    evidence      varchar(2000) not null check (length(btrim(evidence)) > 0),
    promoted_at   timestamptz   not null,
    promoted_by   bigint        references members (id)
);
create index experiment_promotions_experiment_idx on experiment_promotions (experiment_id, promoted_at);
