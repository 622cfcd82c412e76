-- What bench/seed-rollup.sql leaves out but the pages at size need (bench/pages-at-size.sh): 10,000 backlog items
-- with a skill and a few votes each, and two to four skills held by each seeded member. Deterministic: no random().
-- Sizes as psql variables, as in bench/seed-rollup.sql.
\if :{?members} \else \set members 10000 \endif
\if :{?items} \else \set items 10000 \endif

insert into backlog_items (title, description, type, status, owner_id, priority_rank, vote_count, created_at)
select 'Bench challenge ' || n, 'A gap the community found',
       (array['SKILL_GAP','CERTIFICATION','BUSINESS_IMPLEMENTATION','CUSTOMER_CHALLENGE','OTHER'])[1 + n % 5],
       (array['IDEA','READY','IN_PROGRESS','DONE'])[1 + n % 4],
       m.id, 1000 + n, 3, now() - (n % 700) * interval '1 day'
  from generate_series(1, :items) n
  join (select row_number() over (order by id) as k, id from members where email like 'rollup.%@bench.test') m
    on m.k = 1 + (n * 11) % :members;

insert into backlog_item_skills (backlog_item_id, skill_id)
select b.id, s.id
  from backlog_items b
  join skills s on s.id % 9 = b.id % 9
 where b.title like 'Bench challenge %';

insert into backlog_votes (backlog_item_id, member_id)
select b.id, m.id
  from backlog_items b
  cross join generate_series(0, 2) v
  join (select row_number() over (order by id) as k, id from members where email like 'rollup.%@bench.test') m
    on m.k = 1 + (b.id * 17 + v * 3331) % :members
 where b.title like 'Bench challenge %'
on conflict do nothing;

insert into member_skills (member_id, skill_id, level)
select m.id, s.id, 1 + (m.id + s.id) % 5
  from members m
  join skills s on (m.id + s.id) % 4 = 0
 where m.email like 'rollup.%@bench.test'
on conflict do nothing;

analyze;
