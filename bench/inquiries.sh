#!/usr/bin/env bash
# Consultation requests per second through the real form flow (bench/InquiryLoad.java: GET /contact, then POST with
# its ViewState and session), none lost: afterwards the site is stopped and the stored rows are counted in its
# database and compared with the confirmations received. The site runs as bench/site.sh starts it, on a fresh data
# directory. Also reports the server's resident memory after the load. Needs `mvn -DskipTests package` first; stop
# any running site.
#   usage: bench/inquiries.sh [WORKERS] [SECONDS]      (default 32 workers for 30 s)
#   BENCH_JAVA_OPTS adds options to the server's JVM, e.g. -XX:StartFlightRecording=filename=/tmp/site.jfr to profile
set -euo pipefail
cd "$(dirname "$0")/.."
workers=${1:-32} seconds=${2:-30}
port=8094 smtp=2526
source bench/site.sh
data=$(mktemp -d)
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$sink" ] && kill "$sink" 2>/dev/null; rm -rf "$data"' EXIT
start_sink
start_site

warm=$(java bench/InquiryLoad.java "http://127.0.0.1:$port" 8 5 | sed -n 's/^CONFIRMED=//p')   # JIT warm-up
result=$(java bench/InquiryLoad.java "http://127.0.0.1:$port" "$workers" "$seconds")
echo "$result" | grep -v '^CONFIRMED='
echo "resident memory after the load ($jvm): $(awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' /proc/$server/status)"
sleep 5   # the outbox sends the last notices
stop_site

stored=$(ask_database "select count(*) from inquiry_request")
confirmed=$((warm + $(echo "$result" | sed -n 's/^CONFIRMED=//p')))
echo "stored inquiries: $stored; confirmed to the visitors (warm-up included): $confirmed;" \
    "confirmed but not stored: $((confirmed > stored ? confirmed - stored : 0))"
echo "staff notices received by the SMTP sink: $(grep -c 'MESSAGE FOLLOWS' "$data/mail.txt" || true)"
