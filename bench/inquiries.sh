#!/usr/bin/env bash
# Consultation requests per second through the real form flow (bench/InquiryLoad.java: GET /contact, then POST with
# its ViewState and session), none lost: afterwards the site is stopped and the stored rows are counted in its
# database and compared with the confirmations received. The site runs as the README's command runs it (same options
# and heap), on a fresh data directory, with its staff mail going to a local SMTP sink (Python's smtpd). For this run
# only, settings put the minimum time to fill the form at 0 and the site-wide ceiling out of the way, and trust the
# benchmark as a proxy, so that each visit comes from its own address under the usual hourly limit. Also reports
# the server's resident memory after the load. Needs `mvn -DskipTests package` first; stop any running site.
#   usage: bench/inquiries.sh [WORKERS] [SECONDS]      (default 32 workers for 30 s)
#   BENCH_JAVA_OPTS adds options to the server's JVM, e.g. -XX:StartFlightRecording=filename=/tmp/site.jfr to profile
set -euo pipefail
cd "$(dirname "$0")/.."
workers=${1:-32} seconds=${2:-30}
target=web-module/target port=8094 smtp=2526
heap=$(sed -n 's:.*<value>\(-Xmx[^<]*\)</value>.*:\1:p' web-module/pom.xml | head -1)
data=$(mktemp -d)
server= sink=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$sink" ] && kill "$sink" 2>/dev/null; rm -rf "$data"' EXIT

python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$smtp" >"$data/mail.txt" 2>&1 &
sink=$!
java $heap ${BENCH_JAVA_OPTS:-} -Dproduct.name= -Dclinic.data.dir="$data/site" -Dclinic.inquiry.key-file="$data/keys/inquiry.key" \
    -Dclinic.admin.key-file="$data/keys/admin.key" \
    -Dclinic.mail.smtp.host=127.0.0.1 -Dclinic.mail.smtp.port=$smtp -Dclinic.mail.smtp.starttls=false \
    -Dclinic.mail.to=staff@example.org \
    -Dclinic.inquiry.min-fill-seconds=0 -Dclinic.trusted-proxies=127.0.0.1 \
    -Dclinic.inquiry.site-wide-per-hour=1000000 \
    -jar "$target/payara-micro.jar" --nocluster --disablephonehome --port $port \
    --prebootcommandfile "$target/payara/preboot-commands.txt" \
    --postbootcommandfile "$target/payara/postboot-commands.txt" >"$data/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; do sleep 0.2; done

warm=$(java bench/InquiryLoad.java "http://127.0.0.1:$port" 8 5 | sed -n 's/^CONFIRMED=//p')   # JIT warm-up
result=$(java bench/InquiryLoad.java "http://127.0.0.1:$port" "$workers" "$seconds")
echo "$result" | grep -v '^CONFIRMED='
echo "resident memory after the load ($heap): $(awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' /proc/$server/status)"
sleep 5   # the outbox sends the last notices
kill "$server"; wait "$server" 2>/dev/null || true; server=

lib=$target/clinic-site/WEB-INF/lib
stored=$(echo "connect 'jdbc:derby:$data/site/derby'; select count(*) from inquiry_request; exit;" \
    | java -cp "$lib/derby-10.16.1.1.jar:$lib/derbyshared-10.16.1.1.jar:$lib/derbytools-10.16.1.1.jar" \
        -Dij.protocol=jdbc:derby: org.apache.derby.tools.ij 2>/dev/null | grep -E '^[0-9]+ *$' | tr -d ' ')
confirmed=$((warm + $(echo "$result" | sed -n 's/^CONFIRMED=//p')))
echo "stored inquiries: $stored; confirmed to the visitors (warm-up included): $confirmed;" \
    "confirmed but not stored: $((confirmed > stored ? confirmed - stored : 0))"
echo "staff notices received by the SMTP sink: $(grep -c 'MESSAGE FOLLOWS' "$data/mail.txt" || true)"
