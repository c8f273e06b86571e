#!/usr/bin/env bash
# Builds the web app (web/dist) with Vite when its sources changed since the last build; needs no network.
# Used by ./dondoc start and ./dondoc test, and by the browser tests when run on their own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stamp=web/dist/.build-stamp
if [ -f "$stamp" ] && [ -f web/dist/index.html ] &&
   [ -z "$(find web/src web/index.html web/vite.config.mts web/tsconfig.json package-lock.json -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  exit 0
fi
tmp=$(mktemp)
touch "$tmp"
npx --no-install vite build --config web/vite.config.mts --logLevel warn
mv "$tmp" "$stamp"
