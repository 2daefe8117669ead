#!/usr/bin/env bash
# Crash safety: consultation requests go through the real form flow (bench/InquiryLoad.java, 4 visitors at a time)
# while the server is killed with SIGKILL at a random moment and started again, KILLS times. Then, with the site
# stopped, it proves from the database that every inquiry whose confirmation (its reference) a visitor saw is
# stored, that no reference is stored twice and that every staff notice is marked sent; and it counts the notices
# the SMTP sink received, and those received twice (the same Message-ID: a kill between the mail server taking a
# notice and the outbox marking it sent). An inquiry stored whose confirmation was lost in a kill is counted, not a
# failure. Prints the random seed: give it again to repeat the same kill times. Needs `mvn -DskipTests package`
# first; stop any running site.
#   usage: bench/crash.sh [KILLS] [SEED]       (default 20 kills and a random seed)
#   KEEP_DATA=1 keeps the run's folder (server log, mail, database) to look into; the script prints where
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20} seed=${2:-$RANDOM}
port=8095 smtp=2527
source bench/site.sh
data=$(mktemp -d)
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; [ -n "$sink" ] && kill "$sink" 2>/dev/null; [ -n "${KEEP_DATA:-}" ] || rm -rf "$data"' EXIT
echo "seed $seed, $kills kills; the run's folder: $data"
RANDOM=$seed
touch "$data/confirmed.txt"
start_sink
start_site
for round in $(seq 1 "$kills"); do
    uptime=$((RANDOM % 5 + 2))
    java bench/InquiryLoad.java "http://127.0.0.1:$port" 4 "$uptime" "$data/confirmed.txt" >"$data/load-$round.txt" 2>&1 &
    load=$!
    sleep "$((uptime - 1)).$((RANDOM % 10))"
    kill -9 "$server"; wait "$server" 2>/dev/null || true; server=
    wait "$load" || true    # its visitors meet the dead server, and it ends at its time
    start_site
done
sleep 30   # the outbox sends what waits, every ten seconds
stop_site

ask_database "select reference from inquiry_request" '^[A-Z0-9]{8}$' | sort >"$data/stored.txt"
sort -u "$data/confirmed.txt" >"$data/seen.txt"
confirmed=$(wc -l <"$data/seen.txt") stored=$(wc -l <"$data/stored.txt")
missing=$(comm -23 "$data/seen.txt" "$data/stored.txt" | wc -l)
twice=$(uniq -d "$data/stored.txt" | wc -l)
unsent=$(ask_database "select count(*) from inquiry_notification where sent_at is null")
# the sink prints each line of a message (as Python bytes: b'Message-ID: <...>')
grep -o 'Message-ID: <[^>]*>' "$data/mail.txt" | sort >"$data/message-ids.txt" || true
received=$(wc -l <"$data/message-ids.txt") again=$(uniq -d "$data/message-ids.txt" | wc -l)
echo "confirmed to visitors: $confirmed; stored: $stored; confirmed but not stored: $missing;" \
    "stored twice: $twice; stored but the confirmation lost in a kill: $((stored - confirmed + missing))"
echo "staff notices: $received received, $again of them received again after a kill (same Message-ID);" \
    "still unsent in the outbox: $unsent"
if [ "$missing" -ne 0 ] || [ "$twice" -ne 0 ] || [ "$unsent" -ne 0 ]; then
    echo "FAILED (seed $seed)"
    exit 1
fi
echo "PASSED (seed $seed)"
