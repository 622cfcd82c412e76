-- The skills page and the skill-gap backlog items show how many active members hold each skill, how many at
-- level 4 or 5, and how many want to learn it. Counting every member's skills on each view grows with the
-- community (tens of milliseconds at 10,000 members); triggers keep the counts as rows change, in the same
-- transaction, so they are exact at any moment and read in one row per skill.
create table skill_coverage (
    skill_id bigint primary key references skills (id) on delete cascade,
    holders  integer not null default 0 check (holders >= 0),
    experts  integer not null default 0 check (experts >= 0),
    learners integer not null default 0 check (learners >= 0)
);

insert into skill_coverage (skill_id, holders, experts, learners)
select s.id,
       (select count(*) from member_skills ms join members m on m.id = ms.member_id
         where ms.skill_id = s.id and m.active),
       (select count(*) from member_skills ms join members m on m.id = ms.member_id
         where ms.skill_id = s.id and ms.level >= 4 and m.active),
       (select count(*) from member_learning_goals g join members m on m.id = g.member_id
         where g.skill_id = s.id and m.active)
  from skills s;

-- Adds to a skill's counts ($2 holders, $3 experts, $4 learners), its row made on first use. (Not an upsert:
-- the checks would refuse the negative numbers of the row it proposes before it turns into an update.)
create function skill_coverage_add(bigint, integer, integer, integer) returns void
    language sql as $$
    insert into skill_coverage (skill_id) values ($1) on conflict (skill_id) do nothing;
    update skill_coverage set holders = holders + $2, experts = experts + $3, learners = learners + $4
     where skill_id = $1;
$$;

-- Whether a member counts, the member's row locked against a concurrent change of who is active until this
-- transaction ends: otherwise a skill added while the member leaves could be counted for someone who left.
create function member_counts(bigint) returns boolean
    language sql as $$
    select coalesce((select active from members where id = $1 for share), false)
$$;

-- Only active members count. While a member is being deleted their row is already gone when the cascade
-- removes their skills, so those deletes count nothing: the member's own trigger took them off before.
create function member_skills_cover() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') and member_counts(old.member_id) then
        perform skill_coverage_add(old.skill_id, -1, case when old.level >= 4 then -1 else 0 end, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and member_counts(new.member_id) then
        perform skill_coverage_add(new.skill_id, 1, case when new.level >= 4 then 1 else 0 end, 0);
    end if;
    return null;
end
$$;

create trigger member_skills_cover after insert or update or delete on member_skills
    for each row execute function member_skills_cover();

create function member_learning_goals_cover() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') and member_counts(old.member_id) then
        perform skill_coverage_add(old.skill_id, 0, 0, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and member_counts(new.member_id) then
        perform skill_coverage_add(new.skill_id, 0, 0, 1);
    end if;
    return null;
end
$$;

create trigger member_learning_goals_cover after insert or update or delete on member_learning_goals
    for each row execute function member_learning_goals_cover();

-- A member who leaves (or is deleted) takes their skills and goals off the counts; one who comes back adds them.
create function members_cover() returns trigger
    language plpgsql as $$
declare
    sign integer := case when tg_op = 'UPDATE' and new.active then 1 else -1 end;
begin
    perform skill_coverage_add(ms.skill_id, sign, case when ms.level >= 4 then sign else 0 end, 0)
       from member_skills ms where ms.member_id = old.id;
    perform skill_coverage_add(g.skill_id, 0, 0, sign) from member_learning_goals g where g.member_id = old.id;
    return case when tg_op = 'DELETE' then old end;
end
$$;

create trigger members_cover_active after update of active on members
    for each row when (old.active is distinct from new.active) execute function members_cover();

create trigger members_cover_delete before delete on members
    for each row when (old.active) execute function members_cover();
