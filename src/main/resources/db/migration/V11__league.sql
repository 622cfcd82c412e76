-- The Reliability League: pairings of heroes and sidekicks, and points derived from what members do

create table pairings (
    id                   bigint generated always as identity primary key,
    version              bigint        not null default 0,
    -- null while a sidekick waits for the lead to find them a hero
    hero_id              bigint        references members (id),
    sidekick_id          bigint        not null references members (id),
    status               varchar(16)   not null
        check (status in ('REQUESTED', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY', 'DECLINED')),
    requested_by         bigint        not null references members (id),
    requested_at         timestamptz   not null,
    starts_on            date          not null,
    planned_end_on       date          not null,
    agreement            varchar(1000),
    activated_at         timestamptz,
    closed_at            timestamptz,
    end_reason           varchar(500),
    hero_assessment      varchar(2000),
    sidekick_assessment  varchar(2000),
    overdue_since        date,
    check (hero_id is null or hero_id <> sidekick_id),
    check (planned_end_on > starts_on),
    check (status in ('REQUESTED', 'DECLINED') or hero_id is not null)
);
create index pairings_hero_idx on pairings (hero_id, status);
create index pairings_sidekick_idx on pairings (sidekick_id, status);
create index pairings_status_idx on pairings (status, planned_end_on);

create table pairing_goals (
    pairing_id  bigint   not null references pairings (id) on delete cascade,
    skill_id    bigint   not null references skills (id),
    from_level  smallint not null check (from_level between 0 and 4),
    to_level    smallint not null check (to_level between 1 and 5),
    primary key (pairing_id, skill_id),
    check (to_level > from_level)
);

create table pairing_check_ins (
    id            bigint generated always as identity primary key,
    pairing_id    bigint        not null references pairings (id) on delete cascade,
    met_on        date          not null,
    what_we_did   varchar(2000) not null check (length(btrim(what_we_did)) > 0),
    next_step     varchar(1000),
    recorded_by   bigint        not null references members (id),
    recorded_at   timestamptz   not null
);
create index pairing_check_ins_pairing_idx on pairing_check_ins (pairing_id, met_on desc);

-- Skill levels a hero raised for their sidekick: the evidence behind a profile's new level
create table pairing_skill_raises (
    id          bigint generated always as identity primary key,
    pairing_id  bigint        not null references pairings (id) on delete cascade,
    skill_id    bigint        not null references skills (id),
    from_level  smallint      not null check (from_level between 0 and 4),
    to_level    smallint      not null check (to_level between 1 and 5),
    note        varchar(500)  not null,
    raised_by   bigint        not null references members (id),
    raised_at   timestamptz   not null,
    check (to_level > from_level)
);
create index pairing_skill_raises_pairing_idx on pairing_skill_raises (pairing_id);

-- How many active sidekicks a hero takes on at once (2 when not set)
create table hero_capacities (
    member_id  bigint   primary key references members (id),
    capacity   smallint not null check (capacity between 0 and 10)
);

-- "A hero created": a former sidekick became the hero of a pairing of their own
create table heroes_created (
    member_id    bigint       primary key references members (id),
    pairing_id   bigint       not null references pairings (id),
    created_at   timestamptz  not null
);

-- Points: one row per member, rule and the record behind it, so replaying an event never counts twice
create table league_points (
    id           bigint generated always as identity primary key,
    member_id    bigint       not null references members (id),
    rule         varchar(40)  not null,
    source_id    bigint       not null,
    -- which step of the same record, where one record earns more than once (each rung of the scope ladder)
    source_step  integer      not null default 0,
    points       integer      not null check (points > 0),
    occurred_at  timestamptz  not null,
    unique (member_id, rule, source_id, source_step)
);
create index league_points_occurred_idx on league_points (occurred_at, member_id);
create index league_points_member_idx on league_points (member_id, occurred_at);

create table league_badges (
    member_id    bigint       not null references members (id),
    badge        varchar(40)  not null,
    source_id    bigint       not null,
    earned_at    timestamptz  not null,
    primary key (member_id, badge)
);

create table league_opt_outs (
    member_id       bigint       primary key references members (id),
    opted_out_at    timestamptz  not null
);

-- What members did before the league existed earns the same points as what they do from now on
-- (the same rules as org.guildhall.league.PointRule; the unique key makes the listeners skip these)
with experiment_people as (
    select e.id, e.author_id as member_id, e.created_at, e.status, e.abstract_conceptualisation, e.concluded_at
      from experiments e
    union all
    select e.id, c.member_id, e.created_at, e.status, e.abstract_conceptualisation, e.concluded_at
      from experiments e join experiment_co_authors c on c.experiment_id = e.id
)
insert into league_points (member_id, rule, source_id, points, occurred_at)
select member_id, 'EXPERIMENT_LOGGED', id, 10, created_at from experiment_people
union all
select member_id,
       case when abstract_conceptualisation is not null then 'EXPERIMENT_CONCLUDED_WITH_LESSON'
            else 'EXPERIMENT_CONCLUDED' end,
       id, case when abstract_conceptualisation is not null then 20 else 5 end, concluded_at
  from experiment_people where status = 'CONCLUDED'
on conflict do nothing;

insert into league_points (member_id, rule, source_id, source_step, points, occurred_at)
select e.author_id, 'EXPERIMENT_PROMOTED', e.id,
       array_position(array['SANDBOX', 'TEAM', 'BUSINESS_UNIT', 'ENTERPRISE'], p.to_scope::text) - 1, 15, p.promoted_at
  from experiment_promotions p join experiments e on e.id = p.experiment_id
on conflict do nothing;

insert into league_points (member_id, rule, source_id, points, occurred_at)
select author_id, 'KNOWLEDGE_SHARED', id, 15, created_at from knowledge_shares
on conflict do nothing;

insert into league_points (member_id, rule, source_id, points, occurred_at)
select f.member_id, 'SESSION_FACILITATED', s.id, 25, s.attendance_recorded_at
  from community_sessions s join session_facilitators f on f.session_id = s.id
 where s.attendance_recorded_at is not null and not s.cancelled
on conflict do nothing;

insert into league_badges (member_id, badge, source_id, earned_at)
select distinct on (member_id) member_id, 'FIRST_EXPERIMENT', source_id, occurred_at
  from league_points where rule = 'EXPERIMENT_LOGGED' order by member_id, occurred_at, source_id
on conflict do nothing;

insert into league_badges (member_id, badge, source_id, earned_at)
select distinct on (member_id) member_id, 'FIRST_SHARE', source_id, occurred_at
  from league_points where rule = 'KNOWLEDGE_SHARED' order by member_id, occurred_at, source_id
on conflict do nothing;

insert into league_badges (member_id, badge, source_id, earned_at)
select distinct on (member_id) member_id, 'FIRST_SESSION_FACILITATED', source_id, occurred_at
  from league_points where rule = 'SESSION_FACILITATED' order by member_id, occurred_at, source_id
on conflict do nothing;

insert into league_badges (member_id, badge, source_id, earned_at)
select distinct on (p.member_id) p.member_id, 'FIRST_LESSON_FROM_FAILURE', p.source_id, p.occurred_at
  from league_points p join experiments e on e.id = p.source_id
 where p.rule = 'EXPERIMENT_CONCLUDED_WITH_LESSON' and e.outcome = 'REFUTED'
 order by p.member_id, p.occurred_at, p.source_id
on conflict do nothing;
