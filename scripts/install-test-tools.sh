#!/usr/bin/env bash
# Debian tools the tests run: raptor2's `rapper`, the independent Turtle/TriG checker of the export tests, and
# Virtuoso's server and isql (`virtuoso-t`, `isql-vt`), which tests/test_virtuoso.py starts privately. Only the
# virtuoso-opensource-7-bin package: the `virtuoso-opensource` package would also set up a system service that
# its postinst starts (invoke-rc.d) with the default dba password; the -bin package has no maintainer scripts.
set -euo pipefail
missing=()
command -v rapper >/dev/null || missing+=(raptor2-utils)
{ command -v virtuoso-t && command -v isql-vt; } >/dev/null || missing+=(virtuoso-opensource-7-bin)
[ ${#missing[@]} = 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "${missing[*]} missing and this user cannot install them: apt-get install ${missing[*]}" >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
