#!/usr/bin/env bash
# Cold start of the Word report in the browser (docs/benchmarks.md): starts the built jar on a fresh H2 database with the
# demo data, waits until it answers and then SETTLE seconds (as a user would take to sign in and open the evaluation),
# signs in and times the first Word report of the demo evaluation, then a second one, with curl.
# Usage: bench/first-report.sh [settle seconds, default 30]   (JAR=path/to.jar to measure another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
settle="${1:-30}"
port="${BENCH_PORT:-18094}"
jar="${JAR:-app/target/jixiao.jar}"
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package"; exit 2; }
work="$(mktemp -d)"
java -Xmx1g -jar "$jar" serve --port "$port" --data "$work/data" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
started=$(date +%s.%N)
for _ in $(seq 1 240); do curl -fs -c "$work/jar" "$base/api/auth/csrf" >/dev/null 2>&1 && break; sleep 0.5; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server answering after $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s"
sleep "$settle"
token() { awk '$6=="XSRF-TOKEN"{print $7}' "$work/jar"; }
curl -fs -c "$work/jar" -b "$work/jar" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
     -d '{"username":"pingjia","password":"Jixiao@2022"}' "$base/api/auth/login" >/dev/null
id="$(curl -fs -b "$work/jar" "$base/api/evaluations" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz="$(getconf CLK_TCK)"
for n in first second; do
  before="$(ticks)"
  t="$(curl -fs -o "$work/report.docx" -w '%{time_total}' -b "$work/jar" "$base/api/evaluations/$id/report?format=docx")"
  printf "%s Word report: %.2f s (server CPU %.2f s), %s bytes\n" "$n" "$t" "$(awk -v t=$(($(ticks) - before)) -v hz="$hz" 'BEGIN{print t/hz}')" "$(stat -c %s "$work/report.docx")"
done
grep -o "Word report warmed up in [0-9]* ms" "$work/server.log" || true
