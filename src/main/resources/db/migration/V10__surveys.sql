-- Expectations survey: a lead opens a round, members answer once per round
create table survey_rounds (
    id          bigint generated always as identity primary key,
    version     bigint        not null default 0,
    title       varchar(150)  not null check (length(btrim(title)) > 0),
    introduction varchar(1000),
    opened_at   timestamptz   not null,
    opened_by   bigint        not null references members (id),
    closed_at   timestamptz
);
-- one round open at a time, so that "the survey" always means one thing
create unique index survey_rounds_one_open_idx on survey_rounds ((true)) where closed_at is null;
create index survey_rounds_opened_idx on survey_rounds (opened_at desc, id);

create table survey_answers (
    id            bigint generated always as identity primary key,
    round_id      bigint        not null references survey_rounds (id) on delete cascade,
    member_id     bigint        not null references members (id),
    expectations  varchar(2000),
    answered_at   timestamptz   not null,
    unique (round_id, member_id)
);

create table survey_answer_formats (
    answer_id  bigint      not null references survey_answers (id) on delete cascade,
    format     varchar(16) not null
        check (format in ('WORKSHOP', 'HACKATHON', 'GAME_DAY', 'TRAINING', 'TALK', 'SHOW_AND_TELL')),
    primary key (answer_id, format)
);

create table survey_answer_skills (
    answer_id  bigint not null references survey_answers (id) on delete cascade,
    skill_id   bigint not null references skills (id),
    primary key (answer_id, skill_id)
);
create index survey_answer_skills_skill_idx on survey_answer_skills (skill_id);

-- "You said, we did": the backlog items born from an expectation
create table survey_expectation_items (
    backlog_item_id  bigint primary key references backlog_items (id) on delete cascade,
    answer_id        bigint not null references survey_answers (id) on delete cascade,
    created_at       timestamptz not null default now()
);
create index survey_expectation_items_answer_idx on survey_expectation_items (answer_id);
