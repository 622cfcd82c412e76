-- A key result's and a backlog item's pages list the sessions about them: without these, each
-- view read every session (4 ms at 20,000 sessions, the largest part of those pages at size).
create index community_sessions_key_result_idx on community_sessions (key_result_id, starts_at desc)
    where key_result_id is not null;
create index community_sessions_backlog_item_idx on community_sessions (backlog_item_id, starts_at desc)
    where backlog_item_id is not null;
