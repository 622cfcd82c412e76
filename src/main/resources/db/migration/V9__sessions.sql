-- Community sessions: workshops, hackathons, game days, trainings, talks, show-and-tells.
-- Times are instants (timestamptz); pages show them in each viewer's own zone.
create table community_sessions (
    id                       bigint generated always as identity primary key,
    version                  bigint        not null default 0,
    title                    varchar(150)  not null check (length(btrim(title)) > 0),
    format                   varchar(16)   not null
        check (format in ('WORKSHOP', 'HACKATHON', 'GAME_DAY', 'TRAINING', 'TALK', 'SHOW_AND_TELL')),
    description              text          check (length(description) <= 10000),
    starts_at                timestamptz   not null,
    duration_minutes         integer       not null check (duration_minutes between 15 and 720),
    -- the zone the lead planned it in, so the edit form shows the wall-clock time they chose
    planned_zone             varchar(64)   not null,
    online_link              varchar(500)  check (online_link ~* '^https?://'),
    place                    varchar(200),
    capacity                 integer       check (capacity > 0),
    backlog_item_id          bigint        references backlog_items (id) on delete set null,
    key_result_id            bigint        references key_results (id) on delete set null,
    cancelled                boolean       not null default false,
    attendance_recorded_at   timestamptz,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    created_by               bigint
);
create index community_sessions_starts_idx on community_sessions (starts_at, id);
create index community_sessions_format_idx on community_sessions (format, starts_at);

create table session_facilitators (
    session_id  bigint not null references community_sessions (id) on delete cascade,
    member_id   bigint not null references members (id),
    primary key (session_id, member_id)
);
create index session_facilitators_member_idx on session_facilitators (member_id, session_id);

create table session_skills (
    session_id  bigint not null references community_sessions (id) on delete cascade,
    skill_id    bigint not null references skills (id),
    primary key (session_id, skill_id)
);
create index session_skills_skill_idx on session_skills (skill_id, session_id);

create table session_sign_ups (
    session_id  bigint not null references community_sessions (id) on delete cascade,
    member_id   bigint not null references members (id),
    primary key (session_id, member_id)
);
create index session_sign_ups_member_idx on session_sign_ups (member_id, session_id);

create table session_attendance (
    session_id  bigint not null references community_sessions (id) on delete cascade,
    member_id   bigint not null references members (id),
    primary key (session_id, member_id)
);
create index session_attendance_member_idx on session_attendance (member_id, session_id);

-- Facilitator rotation: who said "not this one", who is away, and swaps between the core team
create table facilitation_declines (
    session_id   bigint      not null references community_sessions (id) on delete cascade,
    member_id    bigint      not null references members (id),
    declined_at  timestamptz not null,
    primary key (session_id, member_id)
);
create index facilitation_declines_recent_idx on facilitation_declines (declined_at);

create table core_team_leaves (
    id          bigint generated always as identity primary key,
    member_id   bigint       not null references members (id),
    starts_on   date         not null,
    ends_on     date         not null,
    note        varchar(200),
    created_at  timestamptz  not null default now(),
    check (ends_on >= starts_on)
);
create index core_team_leaves_member_idx on core_team_leaves (member_id, ends_on);
create index core_team_leaves_ends_idx on core_team_leaves (ends_on);

create table facilitation_swaps (
    id              bigint generated always as identity primary key,
    version         bigint       not null default 0,
    session_id      bigint       not null references community_sessions (id) on delete cascade,
    from_member_id  bigint       not null references members (id),
    to_member_id    bigint       not null references members (id),
    status          varchar(16)  not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    proposed_at     timestamptz  not null,
    answered_at     timestamptz,
    check (from_member_id <> to_member_id)
);
-- one open proposal per facilitator and session
create unique index facilitation_swaps_open_idx on facilitation_swaps (session_id, from_member_id)
    where status = 'PROPOSED';
create index facilitation_swaps_to_idx on facilitation_swaps (to_member_id, status);
create index facilitation_swaps_from_idx on facilitation_swaps (from_member_id, status);

-- Session feedback: one answer per attendee and session; pages show only aggregates and comments
create table session_feedback (
    id          bigint generated always as identity primary key,
    version     bigint        not null default 0,
    session_id  bigint        not null references community_sessions (id) on delete cascade,
    member_id   bigint        not null references members (id),
    score       smallint      not null check (score between 0 and 10),
    comment     varchar(2000),
    given_at    timestamptz   not null,
    updated_at  timestamptz   not null,
    unique (session_id, member_id)
);

-- A member's personal calendar address: a secret token in the URL a calendar app polls
create table calendar_feeds (
    member_id   bigint       primary key references members (id),
    token       varchar(64)  not null unique,
    created_at  timestamptz  not null default now()
);

create index members_core_team_idx on members (name, id) where core_team and active;
