-- Pickers find members, key results and backlog items by what was typed, whatever its case or accents
-- ("jose" finds José). unaccent() is only STABLE, as its dictionary could change; this wrapper names the
-- dictionary and is declared IMMUTABLE so that indexes can use it.
create extension if not exists unaccent;

create function fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index members_name_fold_idx on members using gin (fold(name) gin_trgm_ops);
create index members_email_prefix_idx on members (lower(email) text_pattern_ops);
create index backlog_items_title_fold_idx on backlog_items using gin (fold(title) gin_trgm_ops);
create index key_results_title_fold_idx on key_results using gin (fold(title) gin_trgm_ops);
