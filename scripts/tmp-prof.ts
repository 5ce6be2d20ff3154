import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { startStaticServer } from './lib/static-server';
const entry = `
import { collectLinkElements } from './utils/analysis/links';
import { createPlacementModel } from './utils/analysis/placement';
import { createVisibility } from './utils/analysis/visibility';
import { layoutOf } from './utils/analysis/layout';
import { analyzeDocument } from './utils/analysis/analyze';
export function run() {
  const t = [];
  let s = performance.now();
  const els = collectLinkElements(document); t.push(['collect', performance.now() - s]); s = performance.now();
  const layout = layoutOf(document); t.push(['layout', performance.now() - s]); s = performance.now();
  const pm = createPlacementModel(document, layout, location.href); t.push(['placementModel', performance.now() - s]); s = performance.now();
  for (const el of els) pm.classify(el); t.push(['classify all', performance.now() - s]); s = performance.now();
  const vis = createVisibility(document, layout); for (const el of els) vis(el); t.push(['visibility all', performance.now() - s]); s = performance.now();
  const r = analyzeDocument(document, { url: location.href }); t.push(['full analyze', performance.now() - s]); s = performance.now();
  JSON.stringify(r); t.push(['json', performance.now() - s]);
  return t.map(([k, v]) => k + ' ' + Math.round(v)).join('\\n');
}`;
const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', globalName: '__p', write: false });
const srv = await startStaticServer();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(srv.add(process.argv[2] ?? '/tmp/huge10k.html'));
await p.evaluate(out.outputFiles[0]!.text);
console.log(await p.evaluate('__p.run()'));
await b.close(); await srv.close();
