-- Adds a period far in the future with 20 objectives x 5 key results x 52 weekly check-ins each, so that
-- the OKR dashboard can be measured at the size its statement-count test uses.
with period as (
    insert into okr_periods (name, starts_on, ends_on) values ('Bench period', '2200-01-01', '2200-03-31') returning id
), owner as (
    select id from members where email = 'member@example.com'
), goal as (
    select id from business_goals order by id limit 1
), objective as (
    insert into objectives (period_id, title, business_goal_id, owner_id)
    select period.id, 'Bench objective ' || n, goal.id, owner.id from period, goal, owner, generate_series(1, 20) as n
    returning id, owner_id
), key_result as (
    insert into key_results (objective_id, position, title, kind, unit, baseline, target, current_value, owner_id,
                             last_check_in_at)
    select objective.id, p, 'Bench key result ' || p, 'DECREASE_TO', 'COUNT', 40, 30, 35, objective.owner_id, now()
      from objective, generate_series(0, 4) as p
    returning id, owner_id
)
insert into check_ins (key_result_id, value, confidence, recorded_at, recorded_by)
select key_result.id, 40 - least(10, w / 5), case when w % 7 = 0 then 'AT_RISK' else 'ON_TRACK' end,
       timestamptz '2200-03-31' - (w || ' weeks')::interval, key_result.owner_id
  from key_result, generate_series(1, 52) as w;
