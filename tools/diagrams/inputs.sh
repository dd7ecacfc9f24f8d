# Sourced by render.sh and check.sh: the files whose content decides what docs/ shows, relative to the repo root.
# The diagrams, the renderer and the pinned renderer versions; a change to any of them makes docs/ stale.
diagram_inputs() {
  (cd "$1" && ls processes/*.bpmn processes/*.dmn 2>/dev/null | LC_ALL=C sort
   echo tools/diagrams/render.mjs
   echo tools/diagrams/package-lock.json)
}
