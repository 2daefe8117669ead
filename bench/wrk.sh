#!/usr/bin/env bash
# Measures how fast the running site serves its public pages: wrk (Debian's package) against the home page and
# one content page on this machine, fixed parameters, after a warm-up. Start the site first (the README's run
# command), then:   bench/wrk.sh [BASE_URL]      (default http://localhost:8080)
set -euo pipefail
base=${1:-http://localhost:8080}
case "$base" in
    http://localhost*|http://127.*|http://\[::1\]*) ;;
    *) echo "bench/wrk.sh only measures a site on this machine (localhost)" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

threads=2 connections=16 duration=15s
for path in / /about-ketamine; do
    wrk -t"$threads" -c"$connections" -d5s "$base$path" >/dev/null   # warm-up: JIT and the content memory
    echo "== $base$path  (wrk -t$threads -c$connections -d$duration --latency)"
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path" \
        | grep -E "Requests/sec|Transfer/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx"
done
