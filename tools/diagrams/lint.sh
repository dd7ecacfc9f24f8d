#!/usr/bin/env bash
# Lint every processes/*.bpmn with bpmnlint 11 (Node 20): recommended rules + Camunda 7.24 compat,
# history-time-to-live as an error (the engine refuses a deployment without it).
# Exits non-zero on any error; warnings are printed but do not fail.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

# Install exactly what package-lock.json pins, once (or again when the lock changed).
if [ ! -x node_modules/.bin/bpmnlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

shopt -s nullglob
files=("$root"/processes/*.bpmn)
if [ ${#files[@]} -eq 0 ]; then
  echo "lint.sh: no processes/*.bpmn found under $root" >&2
  exit 1
fi

status=0
for f in "${files[@]}"; do
  echo "bpmnlint: ${f#"$root"/}"
  node_modules/.bin/bpmnlint -c "$here/.bpmnlintrc" "$f" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "lint.sh: bpmnlint reported errors" >&2
else
  echo "lint.sh: ${#files[@]} BPMN files, no errors"
fi
exit "$status"
