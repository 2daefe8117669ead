#!/usr/bin/env bash
# Checks the HTML of every public page (the sitemap's, the forms, the self-checks and the 404 page) with the Nu Html
# Checker (vnu.jar, the W3C validator's engine, pinned in package.json) and prints every error; exits 1 on any.
#   usage: bench/lighthouse/html-check.sh [BASE_URL]      the site must be running
set -euo pipefail
cd "$(dirname "$0")"
[ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --no-audit --no-fund
base=${1:-http://localhost:8080}
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
paths=$(curl -fsS "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>[a-z]+://[^/]+##; s#</loc>##')
n=0
for path in $paths /contact /refer /self-check /self-check/phq-9 /self-check/gad-7 /no-such-page; do
    n=$((n + 1))
    curl -sS "$base$path" -o "$pages/$n.html"
    echo "$n.html = $path"
done
java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only "$pages"/*.html && echo "no HTML errors on $n pages"
