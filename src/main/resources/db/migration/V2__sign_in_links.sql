-- A one-time link a lead hands to a member so that they set their own password.
-- Only a hash of the token is stored: a database dump does not let anyone sign in.
create table sign_in_links (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references members (id) on delete cascade,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    created_by bigint
);
create index sign_in_links_member_idx on sign_in_links (member_id) where used_at is null;
