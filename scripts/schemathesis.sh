#!/usr/bin/env bash
# Provisions schemathesis, the API fuzzer the test suite runs against the OpenAPI document: a pinned
# PyPI release in its own virtual environment under the git-ignored .tools/ folder. A no-op when it is
# there; SCHEMATHESIS_PATH may point at one a user already has.
#
# Usage: scripts/schemathesis.sh        (installs if needed, prints SCHEMATHESIS_PATH=…)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=4.32.5
dir="$root/.tools/schemathesis-$version"

fail() { echo "dondoc: $*" >&2; exit 1; }

if [ -n "${SCHEMATHESIS_PATH:-}" ]; then
  [ -x "$SCHEMATHESIS_PATH" ] || fail "SCHEMATHESIS_PATH is set to '$SCHEMATHESIS_PATH', which is not an executable file; unset it to let the project install schemathesis==$version."
  echo "SCHEMATHESIS_PATH=$SCHEMATHESIS_PATH"; exit 0
fi
# A virtual environment cannot be moved once made, so it is made in place and marked complete last.
if [ ! -f "$dir/.complete" ]; then
  command -v python3 >/dev/null 2>&1 || fail "cannot install schemathesis==$version: python3 is missing (apt-get install python3 python3-venv)."
  echo "dondoc: installing schemathesis==$version into .tools/ (once)…" >&2
  rm -rf "$dir"
  python3 -m venv "$dir" >&2 || { rm -rf "$dir"; fail "python3 -m venv failed (apt-get install python3-venv), or set SCHEMATHESIS_PATH."; }
  if ! "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$version" >&2; then
    rm -rf "$dir"
    fail "pip could not install schemathesis==$version (see the error above); check that PyPI is reachable, or set SCHEMATHESIS_PATH."
  fi
  touch "$dir/.complete"
fi
echo "SCHEMATHESIS_PATH=$dir/bin/schemathesis"
