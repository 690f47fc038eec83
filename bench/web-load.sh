#!/usr/bin/env bash
# Load benchmark of the web server (docs/benchmarks.md): 50 concurrent connections over loopback with wrk against the
# built jar on a fresh H2 database with the demo data. Measures opening the demo evaluation (GET /api/evaluations/{id})
# and re-scoring it after an edit (POST …/indicators/preview), and its review (GET …/review).
# Usage: bench/web-load.sh [seconds per run, default 30]   (JAR=path/to.jar to measure another build, BENCH_JFR=file to
# record a flight-recorder profile of the server)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-30}"
port="${BENCH_PORT:-18093}"
jar="${JAR:-app/target/jixiao.jar}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package"; exit 2; }

work="$(mktemp -d)"
java -Xmx1g ${BENCH_JFR:+-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true} -jar "$jar" serve --port "$port" --data "$work/data" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs -c "$work/jar" "$base/api/auth/csrf" >/dev/null 2>&1 && break; sleep 1; done
token() { awk '$6=="XSRF-TOKEN"{print $7}' "$work/jar"; }
curl -fs -c "$work/jar" -b "$work/jar" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
     -d '{"username":"pingjia","password":"Jixiao@2022"}' "$base/api/auth/login" >/dev/null
session="$(awk '$6=="JSESSIONID"{print $7}' "$work/jar")"
csrf="$(token)"
id="$(curl -fs -b "$work/jar" "$base/api/evaluations" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
cookie="Cookie: JSESSIONID=$session; XSRF-TOKEN=$csrf"

cat >"$work/preview.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-XSRF-TOKEN"] = "$csrf"
wrk.headers["Cookie"] = "JSESSIONID=$session; XSRF-TOKEN=$csrf"
wrk.body = '{"path":"/indicators/0/children/0/children/0","rule":{"items":[{"points":0.5,"reason":"复核后调整扣分"}]},"reason":"基准测试"}'
LUA

# The server's CPU time per request (user + system, from /proc) is printed beside wrk's figures: on a machine shared with
# other work the requests per second and latencies measure the load as much as the server; the CPU per request does not.
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz="$(getconf CLK_TCK)"
measure() { # wrk arguments…
  local before after out requests
  before="$(ticks)"
  out="$(wrk -t2 -c50 -d"${duration}s" --latency "$@")"
  after="$(ticks)"
  echo "$out" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
  requests="$(echo "$out" | awk '/requests in/{print $1}')"
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN { printf "  server CPU per request: %.2f ms (%d requests)\n", t * 1000 / hz / n, n }'
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
bytes="$(curl -fs -b "$work/jar" "$base/api/evaluations/$id" | wc -c)"
echo "GET /api/evaluations/$id answers $bytes bytes"
# warm up the JIT and the per-version cache
wrk -t2 -c50 -d5s -H "$cookie" "$base/api/evaluations/$id" >/dev/null
wrk -t2 -c50 -d5s -s "$work/preview.lua" "$base/api/evaluations/$id/indicators/preview" >/dev/null
# one request at a time: the time of a single re-score (median and worst of 200 sequential requests, curl's total time)
body='{"path":"/indicators/0/children/0/children/0","rule":{"items":[{"points":0.5,"reason":"复核后调整扣分"}]},"reason":"基准测试"}'
seq_before="$(ticks)"
for _ in $(seq 1 200); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "$cookie" -H "X-XSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
       -d "$body" "$base/api/evaluations/$id/indicators/preview"
done | sort -n | awk '{t[NR]=$1} END {printf "single re-score, 200 sequential requests: median %.1f ms, p90 %.1f ms, worst %.1f ms\n", t[int(NR/2)]*1000, t[int(NR*0.9)]*1000, t[NR]*1000}'
awk -v t=$(($(ticks) - seq_before)) -v hz="$hz" 'BEGIN { printf "  server CPU per single re-score: %.2f ms\n", t * 1000 / hz / 200 }'
echo; echo "== open: GET /api/evaluations/$id"
measure -H "$cookie" "$base/api/evaluations/$id"
echo; echo "== re-score: POST /api/evaluations/$id/indicators/preview"
measure -s "$work/preview.lua" "$base/api/evaluations/$id/indicators/preview"
echo; echo "== review: GET /api/evaluations/$id/review"
measure -H "$cookie" "$base/api/evaluations/$id/review"
