// Loaded into the render page next to bpmn-js: lists text that collides with something else in the rendered
// diagram, with element ids, so that the DI coordinates can be adjusted. Geometry is in diagram coordinates.
/* exported findOverlaps */
function findOverlaps(viewer) {
  const registry = viewer.get('elementRegistry');
  const found = [];
  const pad = 1; // px of tolerance

  const boxOf = (el) => ({ x: el.x, y: el.y, w: el.width, h: el.height });
  const inter = (a, b) => a.x + pad < b.x + b.w && b.x + pad < a.x + a.w && a.y + pad < b.y + b.h && b.y + pad < a.y + a.h;
  const name = (el) => (el.labelTarget ? `label of ${el.labelTarget.id}` : el.id);

  // Text lines of an element in diagram coordinates (one box per rendered line).
  function lines(el) {
    const gfx = registry.getGraphics(el);
    const text = gfx && gfx.querySelector('.djs-visual > text');
    if (!text) return [];
    return [...text.querySelectorAll('tspan')].filter((t) => t.textContent.trim()).map((t) => {
      const b = t.getBBox();
      return { x: el.x + b.x, y: el.y + b.y, w: b.width, h: b.height, text: t.textContent.trim() };
    });
  }

  const all = registry.getAll().filter((el) => el.type !== 'bpmn:Process' && el.type !== 'bpmn:Collaboration' &&
    el.type !== 'label' || el.type === 'label');
  const shapes = all.filter((el) => !el.waypoints && el.type !== 'label' && el.parent);
  const labels = all.filter((el) => el.type === 'label' && el.businessObject && el.businessObject.name);
  const connections = all.filter((el) => el.waypoints);

  // 1. Text inside activities: overflow, and collisions with the type icon (top left) and markers (bottom).
  for (const el of shapes) {
    const bo = el.businessObject;
    if (!bo.$instanceOf('bpmn:Activity') || (el.type === 'bpmn:SubProcess' && el.collapsed === false) ||
        (bo.$instanceOf('bpmn:SubProcess') && !el.collapsed)) continue;
    const ls = lines(el);
    for (const l of ls) {
      if (l.y < el.y - pad || l.y + l.h > el.y + el.height + pad) {
        found.push(`${el.id}: text "${l.text}" runs outside the shape (${Math.round(el.width)}x${Math.round(el.height)})`);
      }
    }
    const hasIcon = !bo.$instanceOf('bpmn:SubProcess') && !bo.$instanceOf('bpmn:CallActivity') && el.type !== 'bpmn:Task';
    if (hasIcon) {
      const icon = { x: el.x + 4, y: el.y + 4, w: 22, h: 22 };
      for (const l of ls) if (inter(icon, l)) found.push(`${el.id}: text "${l.text}" overlaps the task-type icon`);
    }
    const hasMarker = bo.loopCharacteristics || bo.$instanceOf('bpmn:CallActivity') || bo.$instanceOf('bpmn:SubProcess');
    if (hasMarker) {
      const marker = { x: el.x + el.width / 2 - 24, y: el.y + el.height - 20, w: 48, h: 18 };
      for (const l of ls) if (inter(marker, l)) found.push(`${el.id}: text "${l.text}" overlaps the bottom markers`);
    }
  }

  // 2. External labels against other labels, shapes (other than their own), and sequence flows.
  const labelLines = labels.map((lb) => ({ lb, ls: lines(lb) }));
  for (let i = 0; i < labelLines.length; i++) {
    const { lb, ls } = labelLines[i];
    for (let j = i + 1; j < labelLines.length; j++) {
      const other = labelLines[j];
      if (ls.some((a) => other.ls.some((b) => inter(a, b)))) found.push(`${name(lb)} overlaps ${name(other.lb)}`);
    }
    for (const sh of shapes) {
      if (sh === lb.labelTarget || sh.type === 'bpmn:Participant' || sh.type === 'bpmn:Lane') continue;
      // A label inside an expanded subprocess is fine; only the subprocess's border and its own title matter.
      if (sh.businessObject.$instanceOf('bpmn:SubProcess') && !sh.collapsed) {
        const box = boxOf(sh);
        const inside = ls.every((l) => l.x >= box.x && l.x + l.w <= box.x + box.w && l.y >= box.y && l.y + l.h <= box.y + box.h);
        const outside = ls.every((l) => !inter(box, l));
        if (!inside && !outside) found.push(`${name(lb)} crosses the border of ${sh.id}`);
        continue;
      }
      if (ls.some((l) => inter(boxOf(sh), l))) found.push(`${name(lb)} overlaps ${sh.id}`);
    }
    for (const c of connections) {
      const hit = ls.find((l) => c.waypoints.some((p, k) => k > 0 && segmentHits(c.waypoints[k - 1], p, l)));
      if (hit) found.push(`${name(lb)} ("${hit.text}") is crossed by ${c === lb.labelTarget ? 'its own flow' : c.id}`);
    }
  }
  // 3. Connections drawn through activities they do not connect.
  for (const c of connections) {
    for (const sh of shapes) {
      if (sh === c.source || sh === c.target || !sh.businessObject.$instanceOf('bpmn:FlowNode')) continue;
      if (sh.businessObject.$instanceOf('bpmn:SubProcess') && !sh.collapsed) continue;
      if (sh === c.source.parent || sh === c.target.parent) continue;
      const box = { x: sh.x + 2, y: sh.y + 2, w: sh.width - 4, h: sh.height - 4 };
      if (c.waypoints.some((p, k) => k > 0 && segmentHits(c.waypoints[k - 1], p, box))) {
        found.push(`${c.id} runs through ${sh.id}`);
      }
    }
  }
  return [...new Set(found)];

  // Does the segment a-b pass through the box r (Liang-Barsky clipping)?
  function segmentHits(a, b, r) {
    let t0 = 0; let t1 = 1;
    const dx = b.x - a.x; const dy = b.y - a.y;
    const checks = [[-dx, a.x - (r.x + pad)], [dx, r.x + r.w - pad - a.x], [-dy, a.y - (r.y + pad)], [dy, r.y + r.h - pad - a.y]];
    for (const [p, q] of checks) {
      if (p === 0) { if (q < 0) return false; continue; }
      const t = q / p;
      if (p < 0) { if (t > t1) return false; if (t > t0) t0 = t; } else { if (t < t0) return false; if (t < t1) t1 = t; }
    }
    return t0 < t1;
  }
}
