#!/usr/bin/env bash
# Debian's raptor2 `rapper`, the independent Turtle/TriG checker the export tests run.
set -euo pipefail
command -v rapper >/dev/null && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "rapper is missing and this user cannot install it: apt-get install raptor2-utils" >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq raptor2-utils >/dev/null
