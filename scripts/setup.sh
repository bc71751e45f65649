#!/usr/bin/env bash
# Sets up a fresh machine for SocialSME 6x3: npm packages (without the Electron download, which
# may be impossible here) and, for the browser tests, Debian's Chromium.
#   scripts/setup.sh          packages + Chromium (what the tests need)
#   scripts/setup.sh --app    also tries to fetch the Electron binary; if it cannot, `npm start`
#                             falls back to the browser host
set -euo pipefail
cd "$(dirname "$0")/.."

want_electron=0
[[ "${1:-}" == "--app" ]] && want_electron=1

# 1. Chromium for the browser tests (and for the browser host when Electron is missing).
if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's chromium package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  elif [[ $want_electron -eq 0 ]]; then
    echo "setup: no Chromium found and cannot install it (needs root and apt-get)."
    echo "setup: install chromium yourself or set CHROMIUM_PATH; the browser tests need it."
  fi
fi

# 2. npm packages, exactly as locked. Skipped when node_modules already matches the lock file.
stamp=node_modules/.setup-stamp
lock_hash=$( (cat package-lock.json; node --version) | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat $stamp)" != "$lock_hash" ]]; then
  echo "setup: installing npm packages (better-sqlite3 builds from source: about a minute)"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > $stamp
fi

# 3. The Electron binary, only when asked for; its absence is not an error.
if [[ $want_electron -eq 1 ]] && ! node -e "require('electron')" >/dev/null 2>&1; then
  if ! timeout 300 node node_modules/electron/install.js >/dev/null 2>&1; then
    echo "setup: the Electron binary could not be downloaded; npm start will use the browser host."
  fi
fi
echo "setup: done"
