-- Knowledge shares: failure and success stories, postmortems, how-tos and talks
create table knowledge_shares (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    kind          varchar(24)  not null
        check (kind in ('FAILURE_STORY', 'SUCCESS_STORY', 'POSTMORTEM', 'HOW_TO', 'TALK')),
    title         varchar(150) not null check (length(btrim(title)) > 0),
    summary       varchar(500) not null check (length(btrim(summary)) > 0),
    link          varchar(500) check (link ~* '^https?://'),
    body          text         check (length(body) <= 20000),
    shared_on     date         not null,
    author_id     bigint       not null references members (id),
    experiment_id bigint       references experiments (id) on delete set null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    created_by    bigint,
    check (link is not null or body is not null)
);
create index knowledge_shares_shared_idx on knowledge_shares (shared_on desc, id);
create index knowledge_shares_kind_idx on knowledge_shares (kind);
create index knowledge_shares_author_idx on knowledge_shares (author_id);
create index knowledge_shares_experiment_idx on knowledge_shares (experiment_id);

create table knowledge_share_skills (
    knowledge_share_id bigint not null references knowledge_shares (id) on delete cascade,
    skill_id           bigint not null references skills (id),
    primary key (knowledge_share_id, skill_id)
);
create index knowledge_share_skills_skill_idx on knowledge_share_skills (skill_id, knowledge_share_id);

-- The people a share is about or who took part, besides its author
create table knowledge_share_people (
    knowledge_share_id bigint not null references knowledge_shares (id) on delete cascade,
    member_id          bigint not null references members (id),
    primary key (knowledge_share_id, member_id)
);
create index knowledge_share_people_member_idx on knowledge_share_people (member_id, knowledge_share_id);
