-- Trigram indexes make the directory's name search ("contains") use an index
create extension if not exists pg_trgm;

create table skills (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    name        varchar(60)  not null check (length(btrim(name)) > 0),
    description varchar(300),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    created_by  bigint
);
create unique index skills_name_key on skills (lower(name));

create table members (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    name          varchar(100) not null check (length(btrim(name)) > 0),
    email         varchar(254) not null check (email like '%_@_%'),
    role          varchar(16)  not null check (role in ('LEAD', 'MEMBER', 'MANAGER')),
    country       varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    time_zone     varchar(64)  not null,
    business_unit varchar(80),
    job_role      varchar(80),
    joined_on     date         not null,
    core_team     boolean      not null default false,
    active        boolean      not null default true,
    password_hash varchar(255),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    created_by    bigint
);
create unique index members_email_key on members (lower(email));
create index members_name_idx on members (name, id);
create index members_name_search_idx on members using gin (lower(name) gin_trgm_ops);
create index members_joined_on_idx on members (joined_on, id);
create index members_country_idx on members (country);
create index members_business_unit_idx on members (business_unit);
create index members_job_role_idx on members (job_role);

-- A skill a member holds, at a level from 1 (novice) to 5 (expert)
create table member_skills (
    member_id bigint   not null references members (id) on delete cascade,
    skill_id  bigint   not null references skills (id),
    level     smallint not null check (level between 1 and 5),
    primary key (member_id, skill_id)
);
create index member_skills_skill_level_idx on member_skills (skill_id, level, member_id);

-- A skill a member wants to learn
create table member_learning_goals (
    member_id bigint not null references members (id) on delete cascade,
    skill_id  bigint not null references skills (id),
    primary key (member_id, skill_id)
);
create index member_learning_goals_skill_idx on member_learning_goals (skill_id);

insert into skills (name, description) values
    ('SLOs and error budgets', 'Service level objectives, indicators and the budgets that decide when to slow down'),
    ('Incident response', 'Detecting, coordinating and resolving production incidents'),
    ('Observability', 'Metrics, logs and traces that explain what a system does'),
    ('Chaos engineering', 'Experiments that inject failure to build confidence in resilience'),
    ('Capacity planning', 'Forecasting demand and provisioning ahead of it'),
    ('Toil reduction and automation', 'Removing manual, repetitive operational work'),
    ('Postmortems', 'Blameless reviews that turn incidents into lessons'),
    ('On-call', 'Sustainable on-call rotations, runbooks and escalation'),
    ('Release engineering', 'Safe, repeatable builds, deployments and rollbacks'),
    ('Kubernetes and cloud', 'Running services on Kubernetes and public clouds'),
    ('Performance engineering', 'Load testing, profiling and tuning for latency and throughput'),
    ('Databases', 'Operating, scaling and recovering databases');
