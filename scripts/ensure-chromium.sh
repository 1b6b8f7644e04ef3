#!/usr/bin/env bash
# Installs Debian's Chromium for the e2e tests when it is missing. Playwright's own browser
# download does not work on our build machines, so the tests drive /usr/bin/chromium.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "ensure-chromium: installing Debian's chromium package (about a minute)…"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
/usr/bin/chromium --version 2>/dev/null | grep -v "unexpected operator" || true
