#!/usr/bin/env bash
# Every list, detail and form page of every module on three communities, side by side: the demo community, the
# demo grown to about a hundred rows a list, and the demo at size.
#   bench/pages-at-size.sh [seconds=20] [pages-regex=.]
# The size is the roll-up's data (bench/seed-rollup.sql: 10,000 members, 100,000 experiments, 20,000 sessions,
# 200,000 feedback answers, 10,000 shares, 2,000 pairings) plus bench/seed-size.sql (10,000 backlog items, skills
# held); the small community is the same seeds at a hundred rows each (sessions over the last 30 days). Starts the
# built jar on each with -Xmx512m, signs in as the demo lead and drives each page with wrk (2 threads, 16
# connections) once the JIT has caught up. Prints one Markdown row per page: requests per second and latency at
# size, the HTML size, requests per second on the small community and their ratio (flatness: 1.00 means a page
# costs the same with a hundred rows as with a hundred thousand), and the same ratio against the plain demo. Then
# the resident memory after the load at size and the start-up time on an empty database: from the jar, extracted,
# and extracted with a class data sharing archive.
# Needs: a built jar (./mvnw -DskipTests package), wrk, curl, psql, and a PostgreSQL on 127.0.0.1:5432 that
# BENCH_PGUSER (default postgres) may create databases on.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
only=${2:-.}
pguser=${BENCH_PGUSER:-postgres}
port=${BENCH_PORT:-18080}
fat_jar=$(ls target/guildhall-*.jar | grep -v original | head -n 1)
java_options=${BENCH_JAVA_OPTIONS:--Xmx512m}
out=target/bench
mkdir -p "$out"
# Guildhall runs as the README and the image run it in production: extracted (classes load from plain jars, not from
# jars nested in the fat jar), with a class data sharing archive written by a training run that needs no database,
# handing freed native memory back to the system every 10 s, two malloc arenas instead of one per thread, a heap
# that gives back what a load left free, and a 64 MB code cache (the JIT fills about 60)
rm -rf "$out/app"
java -Djarmode=tools -jar "$fat_jar" extract --destination "$out/app" > /dev/null
jar=${BENCH_JAR:-$out/app/$(basename "$fat_jar")}
archive="$out/app/guildhall.jsa"
java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh -Dspring.profiles.active=cds-training \
  -jar "$jar" > "$out/bench-cds-training.log" 2>&1
production_options="-XX:SharedArchiveFile=$archive -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000"
production_options+=" -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=5000 -XX:ReservedCodeCacheSize=64m"
export MALLOC_ARENA_MAX=2
psql_db() { psql -q -h 127.0.0.1 -U "$pguser" -v ON_ERROR_STOP=1 -d "$@"; }
value() { psql -tA -h 127.0.0.1 -U "$pguser" -d "$1" -c "$2"; }

app=""
stop() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap stop EXIT

# start DATABASE LOG: starts Guildhall with the demo community on a fresh database, waits until it is ready
start() {
  psql_db postgres -c "drop database if exists $1 with (force)" -c "create database $1"
  local started=$(date +%s%N)
  # shellcheck disable=SC2086
  java $java_options $production_options -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$1" \
    --spring.datasource.username="$pguser" --guildhall.demo-data.enabled=true --logging.level.root=WARN \
    --logging.level.org.guildhall.security.SignInHint=INFO > "$out/$2" 2>&1 &
  app=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do sleep 0.2; done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

# sign_in: a session cookie for the demo lead
sign_in() {
  local jar_cookies; jar_cookies=$(mktemp)
  local token; token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=lead@example.com" \
    --data-urlencode "password=guildhall-demo" --data-urlencode "_csrf=$token" "http://localhost:$port/login"
  awk '$6 == "SESSION" {print $7}' "$jar_cookies"
  rm -f "$jar_cookies"
}

# pages DATABASE: the pages to measure, with ids that exist in that database
pages() {
  local db=$1
  local member; member=$(value "$db" "select id from members where email = 'member@example.com'")
  local experiment; experiment=$(value "$db" "select min(id) from experiments")
  local share; share=$(value "$db" "select min(id) from knowledge_shares")
  local item; item=$(value "$db" "select min(id) from backlog_items")
  local session; session=$(value "$db" "select min(id) from community_sessions where attendance_recorded_at is not null")
  local objective; objective=$(value "$db" "select min(id) from objectives")
  local round; round=$(value "$db" "select min(id) from survey_rounds")
  local pairing; pairing=$(value "$db" "select min(id) from pairings")
  cat <<EOF
/members
/members/$member
/skills
/okrs
/okrs/dashboard
/okrs/$objective
/okrs/periods
/okrs/goals
/okrs/new
/backlog
/backlog?view=board
/backlog/$item
/backlog/new
/experiments
/experiments?q=chaos
/experiments/$experiment
/experiments/new
/shares
/shares/$share
/shares/new
/canvas
/canvas/history
/sessions
/sessions?when=past
/sessions/calendar
/sessions/rotation
/sessions/nps
/sessions/$session
/sessions/new
/surveys
/surveys/$round
/league
/league/tables
/league/pairings
/league/pairings/$pairing
/league/pairings/new
/league/members/$member
/metrics
/metrics/collaboration
/metrics/experiments
/metrics/outcomes
/account/sessions
/audit
EOF
}

# warm_up DATABASE SESSION: passes over every page until the JIT has compiled what they run (its queue is all but
# empty after a pass, at most six passes): on two cores one compiler thread takes minutes to catch up, and a page
# measured before it has looks slower for that reason alone
warm_up() {
  local db=$1 session=$2 pass queued
  for pass in 1 2 3 4 5 6; do
    while read -r path; do
      [[ "$path" =~ $only ]] || continue
      wrk -t2 -c8 -d2s -H "Cookie: SESSION=$session" "http://localhost:$port$path" > /dev/null
    done < <(pages "$db")
    queued=$(jcmd "$app" Compiler.queue 2>/dev/null | grep -cE '^[0-9]+ ' || true)
    echo "  warm-up pass $pass: $queued methods waiting for the JIT" >&2
    [ "$pass" -ge 2 ] && [ "$queued" -lt 10 ] && break
  done
}

# measure DATABASE SESSION FILE: one line per page: path status bytes req/s p50 p99
measure() {
  local db=$1 session=$2 file=$3
  warm_up "$db" "$session"
  : > "$file"
  while read -r path; do
    [[ "$path" =~ $only ]] || continue
    local status bytes
    read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -H "Cookie: SESSION=$session" \
      "http://localhost:$port$path")
    if [ "$status" != "200" ]; then
      echo "$path $status $bytes - - - -" >> "$file"
      continue
    fi
    wrk -t2 -c16 -d3s -H "Cookie: SESSION=$session" "http://localhost:$port$path" > /dev/null
    local result; result=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: SESSION=$session" \
      "http://localhost:$port$path")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<< "$result")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
    errors=$(awk '/Non-2xx/ {print $NF}' <<< "$result")
    echo "$path $status $bytes $rps $p50 $p99 ${errors:-0}" >> "$file"
    echo "  $path: $rps req/s, p50 $p50, p99 $p99, $bytes bytes${errors:+, $errors non-2xx}" >&2
  done < <(pages "$db")
}

# backfill SESSION: the roll-up of the two years the seeds cover, so that the metrics pages have charts to draw
backfill() {
  local token
  token=$(curl -s -H "Cookie: SESSION=$1" "http://localhost:$port/metrics/roll-ups" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -H "Cookie: SESSION=$1" --data-urlencode "from=$(date -u -d '730 days ago' +%F)" \
    --data-urlencode "to=$(date -u -d yesterday +%F)" --data-urlencode "_csrf=$token" \
    "http://localhost:$port/metrics/roll-ups/backfill"
}

# seed DATABASE PSQL-VARIABLES...: the roll-up's and the pages' data at the sizes the variables give, vacuumed and
# written out now rather than by autovacuum and a checkpoint during the measurements
seed() {
  local db=$1; shift
  psql_db "$db" "$@" -f bench/seed-rollup.sql
  psql_db "$db" "$@" -f bench/seed-size.sql
  psql_db "$db" -c "vacuum analyze" -c "checkpoint"
  echo "  $(value "$db" "select count(*) from members") members, \
$(value "$db" "select count(*) from experiments") experiments, \
$(value "$db" "select count(*) from community_sessions") sessions, \
$(value "$db" "select count(*) from session_feedback") feedback answers, \
$(value "$db" "select count(*) from knowledge_shares") shares, \
$(value "$db" "select count(*) from backlog_items") backlog items" >&2
}

echo "Demo community" >&2
start guildhall_bench_demo bench-demo.log > /dev/null
measure guildhall_bench_demo "$(sign_in)" "$out/demo.txt"
stop

# The issue's yardstick: a page should cost the same with a hundred rows as with a hundred thousand. The demo
# community shows fewer rows than a page holds (four experiments, seven backlog items), so flatness is read against
# the demo grown to about a hundred rows a list, seeded as the size is and with its sessions over the last month.
echo "Small community (a hundred rows a list)" >&2
start guildhall_bench_small bench-small.log > /dev/null
seed guildhall_bench_small -v members=100 -v experiments=100 -v shares=100 -v sessions=100 -v session_days=30 \
  -v pairings=20 -v items=100
session=$(sign_in)
backfill "$session"
measure guildhall_bench_small "$session" "$out/small.txt"
stop

echo "At size" >&2
start guildhall_bench_size bench-size.log > /dev/null
seed guildhall_bench_size
session=$(sign_in)
backfill "$session"
measure guildhall_bench_size "$session" "$out/size.txt"
rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app/status")
sleep 20
rss_idle=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app/status")
stop

# startup LOG JAVA-OPTIONS...: milliseconds from launch to ready on a new empty database
startup() {
  local log=$1; shift
  psql_db postgres -c "drop database if exists guildhall_bench_empty with (force)" -c "create database guildhall_bench_empty"
  local started; started=$(date +%s%N)
  java "$@" --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/guildhall_bench_empty" \
    --spring.datasource.username="$pguser" > "$out/$log" 2>&1 &
  app=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do sleep 0.1; done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  stop
}

echo "Start-up on an empty database" >&2
# shellcheck disable=SC2086
startup_fat=$(startup bench-empty-fat.log $java_options -jar "$fat_jar")
# shellcheck disable=SC2086
startup_extracted=$(startup bench-empty.log $java_options -jar "$jar")
# shellcheck disable=SC2086
startup_cds=$(startup bench-empty-cds.log $java_options $production_options -jar "$jar")

echo
echo "| Page | req/s at size | p50 | p99 | HTML | req/s small | flatness | req/s demo | size / demo |"
echo "|---|---|---|---|---|---|---|---|---|"
join <(sort "$out/size.txt") <(sort "$out/small.txt") | join - <(sort "$out/demo.txt") | sort -t' ' -k4,4n \
  | while read -r path status bytes rps p50 p99 _ sstatus _ srps _ _ _ dstatus _ drps _; do
  if [ "$rps" = "-" ] || [ "$srps" = "-" ] || [ "$drps" = "-" ]; then
    echo "| \`$path\` | answered $status | | | | answered $sstatus | | answered $dstatus | |"
  else
    echo "| \`$path\` | $rps | $p50 | $p99 | $(( bytes / 1024 )) KB | $srps | $(awk -v a="$rps" -v b="$srps" 'BEGIN {printf "%.2f", a / b}') \
| $drps | $(awk -v a="$rps" -v b="$drps" 'BEGIN {printf "%.2f", a / b}') |"
  fi
done
echo
echo "Resident memory after the load at size: $rss MiB, and $rss_idle MiB 20 s later ($java_options $production_options, \
MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, extracted jar)."
echo "Start-up to ready on an empty database: $startup_fat ms from the jar, $startup_extracted ms extracted, \
$startup_cds ms extracted with its class data sharing archive."
