-- Spring Modulith's registry of module events: a publication stays incomplete until its listener
-- succeeds, so that an event is never lost when a listener fails or the process stops.
create table event_publication (
    id                     uuid          primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       text          not null,
    publication_date       timestamptz   not null,
    completion_date        timestamptz,
    last_resubmission_date timestamptz,
    completion_attempts    integer       not null default 0,
    status                 varchar(20)
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid          primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       text          not null,
    publication_date       timestamptz   not null,
    completion_date        timestamptz,
    last_resubmission_date timestamptz,
    completion_attempts    integer       not null default 0,
    status                 varchar(20)
);
