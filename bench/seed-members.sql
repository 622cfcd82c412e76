-- Adds :count members with two to four skills each to an existing Guildhall database, in one statement
-- per table, so that the directory can be measured at community sizes far beyond the demo's.
insert into members (name, email, role, country, time_zone, business_unit, job_role, joined_on)
select initcap(first_name) || ' ' || initcap(last_name) || ' ' || n,
       'bench.' || n || '@guildhall.bench',
       'MEMBER',
       (array['ES','PT','MX','CO','BR','AR','PL','RO','DE','IN','US','GB'])[1 + n % 12],
       (array['Europe/Madrid','Europe/Lisbon','America/Mexico_City','America/Bogota','America/Sao_Paulo',
              'America/Argentina/Buenos_Aires','Europe/Warsaw','Europe/Bucharest','Europe/Berlin','Asia/Kolkata',
              'America/New_York','Europe/London'])[1 + n % 12],
       (array['Digital Banking','Payments','Retail Platforms','Mobile','Data & Analytics','Cloud Infrastructure',
              'Customer Experience'])[1 + n % 7],
       (array['SRE engineer','Developer','DevOps engineer','Operations engineer','Tester'])[1 + n % 5],
       current_date - (n % 1500)
  from generate_series(1, :count) as n,
       lateral (select (array['ana','bruno','carla','diego','elena','farid','grace','hugo','ines','jonas'])[1 + n % 10]
                       as first_name,
                       (array['silva','garcia','kowalski','popescu','schmidt','sharma','smith','lopez','nowak','costa'])[1 + (n / 10) % 10]
                       as last_name) as names
on conflict do nothing;

insert into member_skills (member_id, skill_id, level)
select m.id, s.id, 1 + (m.id + s.id) % 5
  from members m
  join skills s on (m.id + s.id) % 4 = 0
 where m.email like 'bench.%@guildhall.bench'
on conflict do nothing;

analyze members;
analyze member_skills;
