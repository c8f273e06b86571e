#!/usr/bin/env bash
# Finds Debian's Chromium for the browser tests (and fonts-noto-core for Vietnamese glyphs in screenshots),
# installing both with apt when missing and running as root (CI). Prints DONDOC_CHROMIUM=<path> on stdout.
# Never downloads a browser of its own (no `npx playwright install`).
set -uo pipefail
find_chromium() {
  if [ -n "${DONDOC_CHROMIUM:-}" ] && [ -x "$DONDOC_CHROMIUM" ]; then echo "$DONDOC_CHROMIUM"; return 0; fi
  for c in /usr/bin/chromium /usr/bin/chromium-headless-shell /usr/lib/chromium/chromium-headless-shell /usr/bin/chromium-browser; do
    [ -x "$c" ] && { echo "$c"; return 0; }
  done
  return 1
}
fonts_present() { [ -d /usr/share/fonts/truetype/noto ] && ls /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf >/dev/null 2>&1; }

if ! path=$(find_chromium) || ! fonts_present; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dondoc: installing Chromium and fonts-noto-core from Debian for the browser tests…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends chromium fonts-noto-core >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium fonts-noto-core >/dev/null 2>&1; } ||
      echo "dondoc: could not install chromium and fonts-noto-core with apt-get; the browser tests will fail." >&2
    path=$(find_chromium) || path=""
  elif [ -z "${path:-}" ]; then
    echo "dondoc: the browser tests need Chromium: run 'sudo apt-get install -y --no-install-recommends chromium fonts-noto-core' (or set DONDOC_CHROMIUM to a Chromium binary)." >&2
  fi
fi
[ -n "${path:-}" ] && echo "DONDOC_CHROMIUM=$path"
exit 0
