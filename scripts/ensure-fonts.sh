#!/usr/bin/env bash
# ensure-fonts.sh — install the CJK font decision letters are typeset in
# (Debian fonts-lxgw-wenkai, a TrueType font gopdf can embed) when missing.
# `make run` and `make test` call it; it does nothing when the font is there.
set -euo pipefail
if ls /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf >/dev/null 2>&1; then
	exit 0
fi
echo "ensure-fonts: installing fonts-lxgw-wenkai (decision letters need a CJK TrueType font)"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-lxgw-wenkai >/dev/null
