-- Pages that read what they show, whatever the size of the tables behind them.

-- A member's newest experiments and shares, by their own index rather than an "or" over every row
create index experiments_author_created_idx on experiments (author_id, created_at desc, id desc);
drop index experiments_author_idx;
create index knowledge_shares_author_shared_idx on knowledge_shares (author_id, shared_on desc, id desc);
drop index knowledge_shares_author_idx;

-- The NPS page's figures per month (UTC) and format, and per month and facilitator: a few hundred rows instead
-- of every answer. Refreshed when feedback is given and every few minutes (FeedbackFigures).
create materialized view session_nps_monthly as
select date_trunc('month', s.starts_at at time zone 'UTC')::date as month, s.format,
       count(*) filter (where f.score >= 9) as promoters,
       count(*) filter (where f.score between 7 and 8) as passives,
       count(*) filter (where f.score <= 6) as detractors
  from session_feedback f join community_sessions s on s.id = f.session_id
 group by 1, 2;
create unique index session_nps_monthly_key on session_nps_monthly (month, format);

create materialized view facilitator_nps_monthly as
select date_trunc('month', s.starts_at at time zone 'UTC')::date as month, sf.member_id,
       count(*) filter (where f.score >= 9) as promoters,
       count(*) filter (where f.score between 7 and 8) as passives,
       count(*) filter (where f.score <= 6) as detractors
  from session_feedback f join community_sessions s on s.id = f.session_id
  join session_facilitators sf on sf.session_id = s.id
 group by 1, 2;
create unique index facilitator_nps_monthly_key on facilitator_nps_monthly (month, member_id);

-- Every request notes its session's last access: with no index on the columns that change, PostgreSQL updates the
-- row in place (a HOT update, room left on each page) instead of adding index entries that every lookup then wades
-- through. The minute's clean-up of expired sessions reads the small table without the index.
drop index spring_session_ix2;
alter table spring_session set (fillfactor = 50);
