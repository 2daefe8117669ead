#!/usr/bin/env bash
# The public pages against nginx serving the same page as a static file, in the same run: wrk (-t2 -c16, 15 s after
# a 5 s warm-up, once the server has been warmed for 40 s) on each page, with and without gzip, then the ratio of
# requests per second. Starts a throw-away nginx (Debian's package) on a loopback port with the settings of Debian's
# stock nginx.conf (worker_processes auto, sendfile, tcp_nopush, an access log, gzip on for HTML).
# Without an address it starts the site itself as bench/site.sh does (the README's command, a fresh data directory)
# and stops it afterwards: in a session of its own, as nginx daemonizes into one, since Linux's autogroup scheduling
# shares the CPU between sessions (README, Measured). Needs `mvn -DskipTests package` first. With an address it
# measures that running site: start it from another terminal or with setsid, for the same reason.
#   usage: bench/pages.sh [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-}
case "$base" in
    ''|http://localhost*|http://127.*) ;;
    *) echo "bench/pages.sh only measures a site on this machine" >&2; exit 2 ;;
esac
for tool in wrk nginx; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing: apt-get install wrk nginx-light" >&2; exit 1; }
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
nginx_port=${NGINX_PORT:-8089}
work=$(mktemp -d)
port=8095 smtp=2527 data=$work/site
source bench/site.sh
stop_nginx() { [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; }
trap '[ -n "$server" ] && stop_site; stop_nginx; rm -rf "$work"' EXIT
mkdir -p "$work/www" "$work/logs"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
    access_log $work/logs/access.log;
    sendfile on;
    tcp_nopush on;
    default_type text/html;
    gzip on;
    gzip_types text/html;
    client_body_temp_path $work/logs;
    proxy_temp_path $work/logs;
    fastcgi_temp_path $work/logs;
    uwsgi_temp_path $work/logs;
    scgi_temp_path $work/logs;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        index index.html;
    }
}
CONF

run() { # url [header] -> "requests/s p99"
    local url=$1; shift
    wrk -t2 -c16 -d5s "$@" "$url" >/dev/null
    wrk -t2 -c16 -d15s --latency "$@" "$url" | awk '/Requests\/sec/ {rps=$2} / 99%/ {p99=$2} END {print rps, p99}'
}

if [ -z "$base" ]; then
    [ -f "$target/clinic-site.war" ] && [ -f "$target/payara-micro.jar" ] \
        || { echo "run mvn -DskipTests package first" >&2; exit 1; }
    mkdir -p "$data"
    start_site
    base=http://127.0.0.1:$port
fi
for path in / /about-ketamine; do
    mkdir -p "$work/www$path"
    curl -fsS "$base$path" -o "$work/www$path/index.html"   # the page exactly as the site serves it
done
"$nginx" -c "$work/nginx.conf" -p "$work" 2>/dev/null
sleep 1
# a server started just now runs interpreted code until its JIT has compiled the hot paths: every page and encoding
# is served for a while first, so that the first row is measured as warm as the last
for path in / /about-ketamine; do
    wrk -t2 -c16 -d10s "$base$path" >/dev/null
    wrk -t2 -c16 -d10s -H "Accept-Encoding: gzip" "$base$path" >/dev/null
done
printf '%-16s %-6s %12s %9s %12s %9s %7s\n' page gzip "site req/s" "site p99" "nginx req/s" "nginx p99" ratio
for path in / /about-ketamine; do
    static="http://127.0.0.1:$nginx_port${path%/}/"
    for gzip in no yes; do
        header=(); [ "$gzip" = yes ] && header=(-H "Accept-Encoding: gzip")
        read -r site_rps site_p99 < <(run "$base$path" "${header[@]}")
        read -r nginx_rps nginx_p99 < <(run "$static" "${header[@]}")
        ratio=$(awk -v a="$site_rps" -v b="$nginx_rps" 'BEGIN {printf "%.1f %%", 100 * a / b}')
        printf '%-16s %-6s %12s %9s %12s %9s %7s\n' "$path" "$gzip" "$site_rps" "$site_p99" "$nginx_rps" "$nginx_p99" "$ratio"
    done
done
