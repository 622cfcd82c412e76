-- Two years of community activity for the roll-up benchmark (bench/rollup.sh): 10,000 members in
-- eight business units, 100,000 experiments, 10,000 knowledge shares, 20,000 sessions with eight
-- attendees each and 200,000 feedback answers, 2,000 pairings with check-ins. Deterministic: no random().
-- The sizes are psql variables, so that bench/pages-at-size.sh can seed a small community the same way
-- (psql -v members=100 -v experiments=100 ...); without them, the sizes above.
\if :{?members} \else \set members 10000 \endif
\if :{?experiments} \else \set experiments 100000 \endif
\if :{?shares} \else \set shares 10000 \endif
\if :{?sessions} \else \set sessions 20000 \endif
\if :{?session_days} \else \set session_days 730 \endif
\if :{?pairings} \else \set pairings 2000 \endif

insert into members (name, email, role, country, time_zone, business_unit, job_role, joined_on)
select 'Rollup member ' || n, 'rollup.' || n || '@bench.test', 'MEMBER', 'ES', 'Europe/Madrid',
       (array['Payments','Mobile','Cloud','Retail','Data','Risk','Core Banking','Platform'])[1 + n % 8],
       'Developer', current_date - 800
  from generate_series(1, :members) n;

create temporary table bench_members as
select row_number() over (order by id) as k, id from members where email like 'rollup.%@bench.test';

insert into experiments (title, kind, service, hypothesis, scope, status, outcome, author_id, created_at, concluded_at)
select 'Bench experiment ' || n,
       (array['CHAOS_EXPERIMENT','NEW_PRACTICE','TOOLING','PROCESS'])[1 + n % 4],
       'service-' || (n % 50), 'It holds', 'SANDBOX',
       case when n % 3 = 0 then 'CONCLUDED' else 'PLANNED' end,
       case when n % 3 = 0 then (array['CONFIRMED','REFUTED','INCONCLUSIVE'])[1 + n % 9 / 3] end,
       m.id,
       now() - (n % 730) * interval '1 day' - (n % 86400) * interval '1 second',
       case when n % 3 = 0 then now() - (n % 730) * interval '1 day' + interval '2 hours' end
  from generate_series(1, :experiments) n
  join bench_members m on m.k = 1 + n % :members;

insert into experiment_promotions (experiment_id, from_scope, to_scope, result, evidence, promoted_at)
select e.id, 'SANDBOX', 'TEAM', 'CONFIRMED', 'It held', e.concluded_at + interval '1 day'
  from experiments e
 where e.title like 'Bench experiment %' and e.outcome = 'CONFIRMED' and e.id % 4 = 0;

insert into knowledge_shares (kind, title, summary, link, shared_on, author_id)
select 'HOW_TO', 'Bench share ' || n, 'A how-to', 'https://wiki.example.com/' || n,
       current_date - (n % 730), m.id
  from generate_series(1, :shares) n
  join bench_members m on m.k = 1 + (n * 7) % :members;

insert into community_sessions (title, format, starts_at, duration_minutes, planned_zone, online_link,
                                attendance_recorded_at)
select 'Bench session ' || n, 'WORKSHOP',
       date_trunc('day', now()) - (n % :session_days) * interval '1 day' + (8 + n % 10) * interval '1 hour', 60, 'UTC',
       'https://meet.example.com/bench', now()
  from generate_series(1, :sessions) n;

create temporary table bench_sessions as
select row_number() over (order by id) as k, id, starts_at from community_sessions where title like 'Bench session %';

insert into session_attendance (session_id, member_id)
select s.id, m.id
  from bench_sessions s
  cross join generate_series(0, 7) a
  join bench_members m on m.k = 1 + (s.k * 13 + a * 1237) % :members
on conflict do nothing;

insert into session_feedback (session_id, member_id, score, given_at, updated_at)
select s.id, m.id, (s.k + a) % 11, s.starts_at + interval '2 hours', s.starts_at + interval '2 hours'
  from bench_sessions s
  cross join generate_series(0, 9) a
  join bench_members m on m.k = 1 + (s.k * 31 + a * 997) % :members
on conflict do nothing;

insert into pairings (hero_id, sidekick_id, status, requested_by, requested_at, starts_on, planned_end_on,
                      activated_at, closed_at)
select h.id, s.id, case when n % 2 = 0 then 'COMPLETED' else 'ACTIVE' end, s.id,
       now() - (n % 700) * interval '1 day', current_date - (n % 700), current_date - (n % 700) + 84,
       now() - (n % 700) * interval '1 day',
       case when n % 2 = 0 then now() - (n % 700) * interval '1 day' + interval '60 days' end
  from generate_series(1, :pairings) n
  join bench_members h on h.k = 1 + (n * 3) % :members
  join bench_members s on s.k = 1 + (n * 3 + :members / 2 + 1) % :members;

insert into pairing_check_ins (pairing_id, met_on, what_we_did, recorded_by, recorded_at)
select p.id, p.starts_on + w * 14, 'Paired', p.hero_id, now()
  from pairings p cross join generate_series(0, 5) w
 where p.sidekick_id in (select id from bench_members) and p.starts_on + w * 14 < current_date;

analyze;
