#!/usr/bin/env bash
# Measures the busiest pages at size: seeds members, a large OKR period and two years of sessions into a bench database,
# starts Guildhall on it, signs in as the demo lead and drives each page with wrk.
#   bench/pages.sh [members=10000] [seconds=15]
# Needs: a built jar (./mvnw -DskipTests package), wrk, psql, and a PostgreSQL on 127.0.0.1:5432 that the
# current user may create databases on (BENCH_PGUSER, default postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

members=${1:-10000}
seconds=${2:-15}
pguser=${BENCH_PGUSER:-postgres}
port=${BENCH_PORT:-18080}
database=guildhall_bench
base="http://localhost:$port"
jar=$(ls target/guildhall-*.jar | head -n 1)

psql -q -h 127.0.0.1 -U "$pguser" -d postgres -c "drop database if exists $database with (force)" -c "create database $database"

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME="$pguser" \
  java -jar "$jar" --server.port="$port" --guildhall.demo-data.enabled=true --logging.level.root=WARN \
  > target/bench-guildhall.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "$base/actuator/health/readiness" > /dev/null; do sleep 1; done

psql -q -h 127.0.0.1 -U "$pguser" -d "$database" -v count="$members" -f bench/seed-members.sql
psql -q -h 127.0.0.1 -U "$pguser" -d "$database" -f bench/seed-okrs.sql
psql -q -h 127.0.0.1 -U "$pguser" -d "$database" -f bench/seed-sessions.sql
big_period=$(psql -tA -h 127.0.0.1 -U "$pguser" -d "$database" -c "select id from okr_periods where name = 'Bench period'")
echo "members in the directory: $(psql -tA -h 127.0.0.1 -U "$pguser" -d "$database" -c 'select count(*) from members')"

jar_cookies=$(mktemp)
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=lead@example.com" \
  --data-urlencode "password=guildhall-demo" --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "SESSION" {print $7}' "$jar_cookies")
skill=$(psql -tA -h 127.0.0.1 -U "$pguser" -d "$database" -c "select id from skills where name = 'Observability'")
last_page=$(( (members + 42) / 20 ))

for path in "/members" "/members?page=$(( last_page / 2 ))" "/members?page=$last_page" \
            "/members?q=garcia&skill=$skill&minLevel=3" "/members?country=PL&businessUnit=Payments&sort=joined" \
            "/okrs/dashboard" "/okrs/dashboard?period=$big_period" "/skills" \
            "/sessions" "/sessions?when=past&page=60" "/sessions/calendar" "/sessions/rotation" "/sessions/nps"; do
  # warm up, then measure
  wrk -t1 -c2 -d3s -H "Cookie: SESSION=$session" "$base$path" > /dev/null
  echo "== $path"
  wrk -t2 -c8 -d"${seconds}s" --latency -H "Cookie: SESSION=$session" "$base$path" \
    | grep -E "Requests/sec|50%|99%|Non-2xx"
done
