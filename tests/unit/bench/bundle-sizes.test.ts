import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes, htmlAssets, staticImports } from '../../../scripts/bench/bundle-sizes';

const POPUP_HTML = `<!DOCTYPE html><html><head>
<script type="module" crossorigin src="/chunks/popup-A.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/types-B.js">
<link rel="stylesheet" crossorigin href="/assets/types-C.css">
<link rel="icon" href="/icon.png">
</head><body><div id="app"></div></body></html>`;

describe('htmlAssets', () => {
  it("lists an entry page's script, preloaded modules and style sheets, not its icon", () => {
    expect(htmlAssets(POPUP_HTML)).toEqual(['chunks/popup-A.js', 'chunks/types-B.js', 'assets/types-C.css']);
  });
});

describe('staticImports', () => {
  it('finds minified static imports, not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./types-B.js";import"./side.js";const l=()=>import("./lazy.js");')).toEqual(['./types-B.js', './side.js']);
  });
});

describe('bundleSizes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts each entry with every file it loads up front, raw and gzip', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-sizes-'));
    mkdirSync(path.join(dir, 'chunks'));
    mkdirSync(path.join(dir, 'assets'));
    const content = 'var content=(function(){' + 'x=1;'.repeat(2000) + '})();';
    writeFileSync(path.join(dir, 'in-page.js'), content);
    writeFileSync(path.join(dir, 'page-mentions.js'), 'var m=1;');
    writeFileSync(path.join(dir, 'popup.html'), POPUP_HTML);
    writeFileSync(path.join(dir, 'chunks/popup-A.js'), 'import{t}from"./types-B.js";import"./extra-D.js";t();');
    writeFileSync(path.join(dir, 'chunks/types-B.js'), 'export const t=()=>1;');
    writeFileSync(path.join(dir, 'chunks/extra-D.js'), 'console.log(1);');
    writeFileSync(path.join(dir, 'assets/types-C.css'), 'body{margin:0}');

    const sizes = bundleSizes(dir);
    expect(sizes.map((s) => s.entry)).toEqual(['content script', 'mention script', 'popup']);
    const [cs, , popup] = sizes;
    expect(cs!.raw).toBe(content.length);
    expect(cs!.gzip).toBe(gzipSync(content, { level: 9 }).length);
    expect(cs!.gzip).toBeLessThan(cs!.raw);
    expect(popup!.files.sort()).toEqual(['assets/types-C.css', 'chunks/extra-D.js', 'chunks/popup-A.js', 'chunks/types-B.js', 'popup.html']);
  });
});
