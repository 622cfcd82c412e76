-- Owned by the member module: the one way other modules' SQL reaches a member's business unit, for the metric
-- sources and league tables that group by it in the same statement. Nothing else outside the member module reads
-- the members table; names and cards go through the member API.
create view member_units as
select id as member_id, business_unit from members;
