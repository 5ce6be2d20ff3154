import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip level of the bundle figures (zlib's best, as a server or store would compress). */
export const GZIP_LEVEL = 9;

export interface BundleSize {
  /** `background`, `content script`, `mention script`, `overlay script`, `popup`, `options`. */
  entry: string;
  /** Files counted, relative to the build folder. */
  files: string[];
  raw: number;
  gzip: number;
}

/** Scripts, module preloads and style sheets an HTML entry loads, as paths from the build root. */
export function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.push(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href) out.push(href);
  }
  return out.filter((p) => !/^[a-z]+:/i.test(p)).map((p) => p.replace(/^\//, ''));
}

/** Relative modules a chunk imports statically (`from"./x.js"`, `import"./x.js"`); dynamic imports are not loaded up front. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1] as string);
}

/** Every file an entry loads before it runs: its own, and the chunks they import, transitively. */
export function entryFiles(dir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(path.join(dir, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const rel of staticImports(readFileSync(path.join(dir, file), 'utf8'))) queue.push(path.posix.join(path.posix.dirname(file), rel));
  }
  return [...seen];
}

function measure(dir: string, entry: string, files: string[]): BundleSize {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: GZIP_LEVEL }).length;
  }
  return { entry, files, raw, gzip };
}

/**
 * Bundle size of each entrypoint of a built extension (raw and gzip, each file compressed on
 * its own as it is served): background, content, mention and overlay scripts, and the popup and options pages with
 * every script and style sheet their HTML loads. Entries missing from the build are left out.
 */
export function bundleSizes(dir: string): BundleSize[] {
  const sizes: BundleSize[] = [];
  for (const [entry, file] of [
    ['background', 'background.js'],
    ['content script', 'in-page.js'],
    // Injected after the content script only when mentions are asked for (or with auto-scan on).
    ['mention script', 'page-mentions.js'],
    // Injected after the content script only when the popup asks for the highlight or a flash.
    ['overlay script', 'page-overlay.js'],
  ] as const) {
    if (existsSync(path.join(dir, file))) sizes.push(measure(dir, entry, [file]));
  }
  for (const [entry, file] of [
    ['popup', 'popup.html'],
    ['options', 'options.html'],
  ] as const) {
    const htmlPath = path.join(dir, file);
    if (!existsSync(htmlPath)) continue;
    sizes.push(measure(dir, entry, [file, ...entryFiles(dir, htmlAssets(readFileSync(htmlPath, 'utf8')))]));
  }
  return sizes;
}
