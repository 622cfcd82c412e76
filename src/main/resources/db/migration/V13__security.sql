-- Sign-in sessions in PostgreSQL, so that every instance sees them and a restart signs nobody out.
-- Spring Session JDBC's own schema for PostgreSQL, created here rather than by Spring Session at
-- start-up. principal_name holds the member's id (not their email, which can change), so that a
-- member's sessions can be found and ended when their rights change.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Sign-in attempts per account, so that every instance sees the same count. The key is the
-- SHA-256 of the lower-cased email typed (or of "setup" for the set-up code): an email nobody
-- has is counted the same way, so the answers never say whether an account exists.
create table sign_in_throttles (
    id                bigint generated always as identity primary key,
    account_key       char(64)    not null unique,
    member_id         bigint      references members (id) on delete cascade,
    attempts          int         not null check (attempts >= 0),
    window_started_at timestamptz not null,
    locked_until      timestamptz
);
create index sign_in_throttles_locked_idx on sign_in_throttles (locked_until) where locked_until is not null;

-- Requests per client address on the sign-in pages, and per API token: Bucket4j's state, shared by
-- every instance.
create table rate_limit_buckets (
    id         varchar(120) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);

-- The audit trail: who did what to whom, from where, and how it went. Rows are only ever added; who
-- and target keep the email they had at the time, and no foreign key ties a row to a member, so the
-- trail outlives anything it names.
create table audit_events (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor_id       bigint,
    actor_email    varchar(254),
    action         varchar(40)  not null,
    target_type    varchar(20),
    target_id      bigint,
    target_label   varchar(254),
    client_address varchar(64),
    outcome        varchar(8)   not null check (outcome in ('SUCCESS', 'FAILURE')),
    detail         varchar(500)
);
create index audit_events_occurred_idx on audit_events (occurred_at desc, id desc);
create index audit_events_action_idx on audit_events (action, occurred_at desc, id desc);
create index audit_events_actor_idx on audit_events (lower(actor_email) text_pattern_ops, occurred_at desc);

-- Calendar feed tokens are credentials: keep only their SHA-256, as for API tokens and sign-in links.
alter table calendar_feeds add column token_hash char(64);
update calendar_feeds set token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex');
alter table calendar_feeds alter column token_hash set not null;
alter table calendar_feeds add constraint calendar_feeds_token_hash_key unique (token_hash);
alter table calendar_feeds drop column token;
