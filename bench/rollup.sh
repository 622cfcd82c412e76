#!/usr/bin/env bash
# The metrics roll-up at size: seeds two years of activity (bench/seed-rollup.sql) into a fresh
# guildhall_rollup_bench database, starts Guildhall on it, then has the demo lead backfill two years
# and roll up one day, and prints how long each took (from the roll-up history Guildhall records).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=guildhall_rollup_bench
PORT=${PORT:-8093}
PSQL="psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"

$PSQL -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
JAR=$(ls target/guildhall-*.jar | head -n 1)
java -jar "$JAR" --server.port=$PORT --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB \
  --spring.datasource.username=postgres --guildhall.demo-data.enabled=true --guildhall.metrics.catch-up-on-start=false --logging.level.org.guildhall.metrics.RollUp=debug > /tmp/guildhall-rollup-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "Guildhall is ready" /tmp/guildhall-rollup-bench.log && break; sleep 1; done

echo "Seeding two years of activity…"
start=$(date +%s)
$PSQL -d $DB -f bench/seed-rollup.sql
echo "Seeded in $(( $(date +%s) - start )) s:"
$PSQL -d $DB -At -F ' ' -c "select 'members', count(*) from members" -c "select 'experiments', count(*) from experiments" \
  -c "select 'sessions', count(*) from community_sessions" -c "select 'attendances', count(*) from session_attendance" \
  -c "select 'feedback answers', count(*) from session_feedback" -c "select 'knowledge shares', count(*) from knowledge_shares"

JAR_COOKIES=$(mktemp)
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "http://localhost:$PORT$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
token=$(csrf /login)
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=lead@example.com" \
  --data-urlencode "password=guildhall-demo" --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"

backfill() { # first last
  token=$(csrf /metrics/roll-ups)
  curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "from=$1" --data-urlencode "to=$2" \
    --data-urlencode "_csrf=$token" "http://localhost:$PORT/metrics/roll-ups/backfill"
  $PSQL -d $DB -At -c "select first_day || ' to ' || last_day || ': ' || (last_day - first_day + 1) || ' days, '
      || rows_written || ' rows, ' || round(extract(epoch from finished_at - started_at) * 1000) || ' ms'
      from metric_roll_ups order by id desc limit 1"
}
yesterday=$(date -u -d yesterday +%F)
echo "Two-year backfill:"; backfill "$(date -u -d '730 days ago' +%F)" "$yesterday"
echo "One day:"; for _ in 1 2 3; do backfill "$yesterday" "$yesterday"; done
rm -f "$JAR_COOKIES"
