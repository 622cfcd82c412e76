-- The Minimal Viable Community canvas: every save is a new version, never an update
create table canvas_versions (
    id                bigint generated always as identity primary key,
    number            integer       not null unique check (number > 0),
    purpose           text          check (length(purpose) <= 5000),
    audience          text          check (length(audience) <= 5000),
    community_values  text          check (length(community_values) <= 5000),
    goal              text          check (length(goal) <= 5000),
    expectations      text          check (length(expectations) <= 5000),
    roles             text          check (length(roles) <= 5000),
    rules             text          check (length(rules) <= 5000),
    governance        text          check (length(governance) <= 5000),
    communication     text          check (length(communication) <= 5000),
    metrics           text          check (length(metrics) <= 5000),
    why               varchar(300)  not null check (length(btrim(why)) > 0),
    author_id         bigint        not null references members (id),
    created_at        timestamptz   not null default now()
);
