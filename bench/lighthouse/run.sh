#!/usr/bin/env bash
# Installs the pinned Lighthouse (npm ci, from package-lock.json) once, then runs it on every page of the sitemap.
#   usage: bench/lighthouse/run.sh [BASE_URL]      the site must be running (README: the command that runs it)
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund
exec node run.mjs "$@"
