-- The community's backlog: the gaps in today's capabilities, prioritised by the lead, voted on by members
create table backlog_items (
    id             bigint generated always as identity primary key,
    version        bigint       not null default 0,
    title          varchar(150) not null check (length(btrim(title)) > 0),
    description    text         check (length(description) <= 5000),
    type           varchar(32)  not null
        check (type in ('SKILL_GAP', 'CERTIFICATION', 'BUSINESS_IMPLEMENTATION', 'CUSTOMER_CHALLENGE', 'OTHER')),
    status         varchar(16)  not null check (status in ('IDEA', 'READY', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    dropped_reason varchar(500),
    owner_id       bigint       not null references members (id),
    key_result_id  bigint       references key_results (id) on delete set null,
    -- the lead's order: 1 is the top of the backlog
    priority_rank  integer      not null check (priority_rank > 0),
    vote_count     integer      not null default 0 check (vote_count >= 0),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    created_by     bigint,
    check ((status = 'DROPPED') = (dropped_reason is not null))
);
create index backlog_items_rank_idx on backlog_items (priority_rank, id);
create index backlog_items_votes_idx on backlog_items (vote_count desc, id);
create index backlog_items_created_idx on backlog_items (created_at desc, id);
create index backlog_items_status_idx on backlog_items (status, priority_rank);
create index backlog_items_type_idx on backlog_items (type);
create index backlog_items_owner_idx on backlog_items (owner_id);
create index backlog_items_key_result_idx on backlog_items (key_result_id);

create table backlog_item_skills (
    backlog_item_id bigint not null references backlog_items (id) on delete cascade,
    skill_id        bigint not null references skills (id),
    primary key (backlog_item_id, skill_id)
);
create index backlog_item_skills_skill_idx on backlog_item_skills (skill_id, backlog_item_id);

-- One vote per member per item; taking it back deletes the row
create table backlog_votes (
    backlog_item_id bigint      not null references backlog_items (id) on delete cascade,
    member_id       bigint      not null references members (id),
    voted_at        timestamptz not null default now(),
    primary key (backlog_item_id, member_id)
);
