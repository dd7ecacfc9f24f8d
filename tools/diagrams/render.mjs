// Renders processes/*.bpmn (bpmn-js NavigatedViewer -> SVG + PNG) and processes/*.dmn (dmn-js decision table
// view -> PNG) in Debian's chromium, driven by playwright-core. Everything is loaded from node_modules: no network.
//
//   node render.mjs [outDir]      (default: <repo>/docs)
//
// Use render.sh, which also installs the pinned packages and records the source hashes for check.sh.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const processesDir = join(root, 'processes');
const outDir = resolve(process.argv[2] || join(root, 'docs'));
const modules = join(here, 'node_modules');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`render.mjs: ${executablePath} not found; install Debian's chromium and fonts-noto-core ` +
    '(apt-get install -y chromium fonts-noto-core)');
  process.exit(2);
}

// Name the fonts explicitly so that layout does not depend on what "Arial" resolves to; Bengali labels need
// Noto Sans Bengali (Debian: fonts-noto-core).
const FONT_FAMILY = '"Noto Sans", "Noto Sans Bengali", sans-serif';
const SCALE = 2; // device pixels per CSS pixel in the PNGs, for readable Bengali conjuncts

const sources = readdirSync(processesDir).sort();
const bpmnFiles = sources.filter((f) => f.endsWith('.bpmn'));
const dmnFiles = sources.filter((f) => f.endsWith('.dmn'));
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run']
});

const written = [];
try {
  const context = await browser.newContext({ deviceScaleFactor: SCALE, viewport: { width: 1600, height: 1000 } });
  // Belt and braces: nothing may leave the machine.
  await context.route(/^(https?|wss?):/, (route) => route.abort());

  for (const file of bpmnFiles) {
    const name = basename(file, '.bpmn');
    const xml = readFileSync(join(processesDir, file), 'utf8');
    const page = await context.newPage();
    failOnPageErrors(page, file);
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head>
      <body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>`);
    await page.addStyleTag({ path: join(modules, 'bpmn-js/dist/assets/diagram-js.css') });
    await page.addStyleTag({ path: join(modules, 'bpmn-js/dist/assets/bpmn-js.css') });
    await page.addScriptTag({ path: join(modules, 'bpmn-js/dist/bpmn-navigated-viewer.production.min.js') });
    await page.addScriptTag({ path: join(here, 'overlaps.js') });
    const { svg, warnings, overlaps } = await page.evaluate(async ({ xml, fontFamily }) => {
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({
        container: '#canvas',
        textRenderer: { defaultStyle: { fontFamily }, externalStyle: { fontFamily } }
      });
      const result = await viewer.importXML(xml);
      const { svg } = await viewer.saveSVG();
      return { svg, warnings: result.warnings.map((w) => w.message), overlaps: findOverlaps(viewer) };
    }, { xml, fontFamily: FONT_FAMILY });
    if (warnings.length) {
      throw new Error(`${file}: bpmn-js import warnings:\n  ${warnings.join('\n  ')}`);
    }
    // Reported, not fatal: the DI is the lead's to adjust; this lists what to look at.
    for (const o of overlaps) console.warn(`${file}: layout: ${o}`);
    const svgPath = join(outDir, `${name}.svg`);
    writeFileSync(svgPath, normalizeSvg(svg));
    written.push(svgPath);

    // PNG: the exported SVG itself, on a white page sized to the diagram.
    const size = svgSize(svg);
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head>
      <body style="margin:0;background:#fff">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const pngPath = join(outDir, `${name}.png`);
    await page.locator('body > svg').screenshot({ path: pngPath });
    written.push(pngPath);
    await page.close();
  }

  for (const file of dmnFiles) {
    const name = basename(file, '.dmn');
    const xml = readFileSync(join(processesDir, file), 'utf8');
    const page = await context.newPage();
    failOnPageErrors(page, file);
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
      <style>body{margin:0;background:#fff} #canvas{display:inline-block;padding:16px}
        #canvas, #canvas .dmn-js-parent, #canvas .tjs-table { font-family: ${FONT_FAMILY}; }
        /* no editor controls in a picture; room under the table so the bpmn.io logo covers no text */
        #canvas .view-drd { display: none; }
        #canvas .dmn-decision-table-container { padding-bottom: 44px; }</style>
      </head><body><div id="canvas"></div></body></html>`);
    for (const css of ['dmn-js-shared.css', 'dmn-js-decision-table.css', 'dmn-font/css/dmn-embedded.css']) {
      await page.addStyleTag({ path: join(modules, 'dmn-js/dist/assets', css) });
    }
    await page.addScriptTag({ path: join(modules, 'dmn-js/dist/dmn-viewer.production.min.js') });
    const tables = await page.evaluate(async (xml) => {
      // eslint-disable-next-line no-undef
      const viewer = new DmnJS({ container: '#canvas' });
      await viewer.importXML(xml);
      window.viewer = viewer;
      return viewer.getViews().filter((v) => v.type === 'decisionTable').map((v) => v.element.id);
    }, xml);
    if (tables.length === 0) throw new Error(`${file}: no decision table to render`);
    for (const id of tables) {
      await page.evaluate(async (id) => {
        const view = window.viewer.getViews().find((v) => v.type === 'decisionTable' && v.element.id === id);
        await window.viewer.open(view);
        await document.fonts.ready;
      }, id);
      const pngPath = join(outDir, tables.length === 1 ? `${name}.png` : `${name}-${id}.png`);
      await page.locator('#canvas').screenshot({ path: pngPath });
      written.push(pngPath);
    }
    await page.close();
  }
} finally {
  await browser.close();
}

for (const p of written) console.log(`rendered ${p.startsWith(root + '/') ? p.slice(root.length + 1) : p}`);

function failOnPageErrors(page, file) {
  page.on('pageerror', (err) => { console.error(`${file}: page error: ${err.message}`); process.exitCode = 1; });
}

function svgSize(svg) {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('exported SVG has no width/height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

// bpmn-js names its arrow-head markers with a random per-renderer suffix; make them stable so that the SVG in
// docs/ changes only when the diagram does.
function normalizeSvg(svg) {
  const ids = new Map();
  let n = 0;
  const out = svg.replace(/\bid="([^"]+)"/g, (all, id) => {
    if (!/^(sequenceflow|messageflow|association|conditional|data)-/.test(id) && !/-[a-z0-9]{20,}$/.test(id)) {
      return all;
    }
    if (!ids.has(id)) ids.set(id, `marker-${++n}`);
    return `id="${ids.get(id)}"`;
  });
  return out.replace(/url\(#([^)]+)\)/g, (all, id) => (ids.has(id) ? `url(#${ids.get(id)})` : all))
    .replace(/url\((['"]|&quot;)#([^'"&)]+)\1\)/g, (all, q, id) => (ids.has(id) ? `url(#${ids.get(id)})` : all))
    .replace(/\s*$/, '\n');
}
