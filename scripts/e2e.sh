#!/usr/bin/env bash
# End-to-end test of the web app against the real Go server (see
# frontend/e2e/). Installs what the run needs from Debian when missing:
# Chromium (playwright-core drives /usr/bin/chromium; it cannot download
# browsers here) and CJK fonts (so screenshots show Chinese text).
set -euo pipefail
cd "$(dirname "$0")/../frontend"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e.sh: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

[ -d node_modules ] || npm ci
# The Go binary embeds frontend/dist, so build the app first unless told not to.
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then npm run build; fi
npm run e2e
