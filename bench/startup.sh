#!/usr/bin/env bash
# Start-up and memory, in one run: the cold start of an empty WAR and of the site on the same Payara Micro (launch to
# the first 200 on /, three times each, median), then the site's resident memory after one minute of public-page
# load (wrk -t2 -c16 on /). The site starts as the README's command starts it (same options and heap setting), on a
# fresh data directory and key each time. Needs `mvn -DskipTests package` first, and wrk; stop any running site.
#   usage: bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
target=web-module/target
[ -f "$target/clinic-site.war" ] && [ -f "$target/payara-micro.jar" ] || { echo "run mvn -DskipTests package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
port=8093
jvm=$(sed -n 's:.*<value>\(-X[^<]*\)</value>.*:\1:p' web-module/pom.xml | xargs)   # heap and collector
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/empty" && echo '<!DOCTYPE html><title>empty</title>' > "$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war index.html)

start() { # what: empty | site; sets $elapsed (milliseconds to the first 200) and leaves the server running as $server
    local began data=$work/data-$RANDOM
    began=$(date +%s%3N)
    if [ "$1" = empty ]; then
        java -jar "$target/payara-micro.jar" --nocluster --disablephonehome --port $port \
            --deploy "$work/empty.war" --contextroot / >"$work/$1.log" 2>&1 &
    else
        java $jvm -Dproduct.name= -Dclinic.data.dir="$data" -Dclinic.inquiry.key-file="$data-keys/inquiry.key" \
            -Dclinic.admin.key-file="$data-keys/admin.key" -jar "$target/payara-micro.jar" --nocluster \
            --disablephonehome --port $port --prebootcommandfile "$target/payara/preboot-commands.txt" \
            --postbootcommandfile "$target/payara/postboot-commands.txt" >"$work/$1.log" 2>&1 &
    fi
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; do sleep 0.05; done
    elapsed=$(($(date +%s%3N) - began))
}

stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

empty=() site=()
for run in 1 2 3; do
    start empty; empty+=("$elapsed"); stop
    start site; site+=("$elapsed"); [ $run -lt 3 ] && stop
done
e=$(median "${empty[@]}") s=$(median "${site[@]}")
echo "cold start to the first 200: empty WAR ${empty[*]} ms (median $e), the site ${site[*]} ms (median $s)"
awk -v s="$s" -v e="$e" 'BEGIN {printf "ratio %.2f (target at most 1.20)\n", s / e}'

wrk -t2 -c16 -d60s "http://127.0.0.1:$port/" | grep Requests/sec
echo "resident memory after one minute of load ($jvm): $(awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' /proc/$server/status)"
