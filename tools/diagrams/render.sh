#!/usr/bin/env bash
# Regenerate docs/<process>.svg/.png and docs/<decision>.png from processes/, then record the hashes of their
# sources in docs/diagrams.sha256 (which check.sh compares). Needs Debian's chromium and fonts-noto-core.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$here/inputs.sh"
cd "$here"

if [ ! -x /usr/bin/chromium ] || [ -z "$(fc-list ':lang=bn' family 2>/dev/null)" ]; then
  echo "render.sh: needs Debian's chromium and a Bengali font: apt-get install -y chromium fonts-noto-core" >&2
  exit 2
fi
if [ ! -d node_modules/bpmn-js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

node render.mjs "$root/docs"
(cd "$root" && diagram_inputs "$root" | xargs sha256sum > docs/diagrams.sha256)
echo "render.sh: wrote docs/diagrams.sha256"
