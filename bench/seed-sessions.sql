-- Adds 5,000 sessions spread over the last and the next year (about 7 a day), facilitated by the core team
-- in turn (one in ten upcoming ones left without a facilitator for the rotation to plan), each with 12
-- sign-ups from the seeded members, attendance for past ones and feedback from most attendees.
with core as (
    select id, row_number() over (order by id) - 1 as position, count(*) over () as size
      from members where core_team and active
), session as (
    insert into community_sessions (title, format, starts_at, duration_minutes, planned_zone, online_link)
    select 'Bench session ' || n,
           (array['WORKSHOP','HACKATHON','GAME_DAY','TRAINING','TALK','SHOW_AND_TELL'])[1 + n % 6],
           date_trunc('hour', now()) + make_interval(hours => (n - 2500) * 7 / 2),
           60 + 30 * (n % 3), 'UTC', 'https://meet.example.com/bench'
      from generate_series(1, 5000) as n
    returning id, starts_at
)
insert into session_facilitators (session_id, member_id)
select session.id, core.id from session join core on core.position = session.id % core.size
 where session.starts_at < now() or session.id % 10 <> 0;

insert into session_sign_ups (session_id, member_id)
select s.id, m.id
  from community_sessions s
  join lateral (select id from members where role <> 'MANAGER' and id % 97 = s.id % 97 limit 12) m on true
 where s.title like 'Bench session %';

insert into session_attendance (session_id, member_id)
select u.session_id, u.member_id
  from session_sign_ups u join community_sessions s on s.id = u.session_id
 where s.title like 'Bench session %' and s.starts_at < now() and (u.member_id + u.session_id) % 5 <> 0;

insert into session_feedback (session_id, member_id, score, given_at, updated_at)
select a.session_id, a.member_id, (a.session_id * 7 + a.member_id) % 11, s.starts_at + interval '3 hours',
       s.starts_at + interval '3 hours'
  from session_attendance a join community_sessions s on s.id = a.session_id
 where s.title like 'Bench session %' and (a.member_id + a.session_id) % 4 <> 0;
