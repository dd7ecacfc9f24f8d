#!/usr/bin/env bash
# Fail when docs/ no longer shows what processes/ holds. Compares the sha256 of the diagrams' sources (the BPMN and
# DMN files, render.mjs, package-lock.json) with docs/diagrams.sha256, which render.sh writes after rendering.
# Hashing the sources, not the images, keeps the check deterministic and browser-free: chromium's PNG bytes and
# bpmn-js's text layout depend on the installed fonts, the sources do not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$here/inputs.sh"
cd "$root"

stale() {
  echo "docs/ diagrams are stale: run tools/diagrams/render.sh ($1)" >&2
  exit 1
}

[ -f docs/diagrams.sha256 ] || stale "docs/diagrams.sha256 is missing"

# Same set of sources (a new or removed process counts), then same contents.
expected="$(diagram_inputs "$root")"
recorded="$(awk '{print $2}' docs/diagrams.sha256)"
if [ "$expected" != "$recorded" ]; then
  stale "sources differ: $(diff <(echo "$recorded") <(echo "$expected") | grep '^[<>]' | tr '\n' ' ')"
fi
if ! changed="$(sha256sum --quiet -c docs/diagrams.sha256 2>&1)"; then
  stale "changed since the last render: $(echo "$changed" | sed -n 's/: FAILED.*//p' | tr '\n' ' ')"
fi

# Every source has its image.
for f in processes/*.bpmn; do
  n="$(basename "$f" .bpmn)"
  for ext in svg png; do [ -s "docs/$n.$ext" ] || stale "docs/$n.$ext is missing"; done
done
for f in processes/*.dmn; do
  n="$(basename "$f" .dmn)"
  [ -s "docs/$n.png" ] || compgen -G "docs/$n-*.png" >/dev/null || stale "docs/$n.png is missing"
done
echo "check.sh: docs/ diagrams are up to date with processes/"
