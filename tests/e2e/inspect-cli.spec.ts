import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npx tsx scripts/inspect.ts ...args` from the repository root. */
function inspectCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The suite runs against the build it found; a rebuild here would swap files under the
    // browser the other tests share.
    const child = spawn('npx', ['tsx', 'scripts/inspect.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, LINKSCOUT_NO_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, any>);

const BLOG_LINKS_IN_ORDER = [
  'Example Blog',
  'Topics',
  'About',
  'Shop',
  'the placement checker',
  'a rival tool',
  'our sponsor’s crawler',
  'a community list',
  'white on white link',
  'display none link',
  'a research paper on link value',
  'my site',
  'Popular post one',
  'Popular post two',
  'Privacy',
  'Partner',
];

test.describe('npm run inspect', () => {
  test.describe.configure({ timeout: 90_000 });

  test('--json prints one line per page with the page, summary and links', async () => {
    const run = await inspectCli(['--json', 'tests/fixtures/blog-post.html']);
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(1);
    const r = lines[0]!;

    expect(r).toMatchObject({
      source: 'tests/fixtures/blog-post.html',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/.*blog-post\.html$/),
      title: 'Ten tools for testing link placement',
      description: 'A hands-on review of link tools.',
      canonical: 'https://blog.example.com/link-tools',
      canonicalIgnored: null,
      lang: 'en',
      author: 'Dana Writer',
      published: '2026-03-14T09:00:00Z',
      layout: true,
      truncated: false,
      summary: { total: 16, internal: 6, external: 10, hidden: 2, counting: 10, byRel: { follow: 12, nofollow: 2, sponsored: 1, ugc: 2 } },
    });
    expect(typeof r.wordCount).toBe('number');
    expect(r.pageType).toMatchObject({ type: expect.any(String), confidence: expect.any(Number), reasons: expect.arrayContaining([expect.any(String)]) });
    expect(r.links.map((l: { text: string }) => l.text)).toEqual(BLOG_LINKS_IN_ORDER);
    for (const l of r.links) {
      expect(Object.keys(l).sort()).toEqual(
        ['aboveFold', 'counts', 'hiddenBy', 'href', 'imageAlt', 'internal', 'label', 'placement', 'placementReasons', 'rel', 'strength', 'text', 'visible'].sort(),
      );
      expect(typeof l.strength).toBe('number');
      expect(typeof l.counts).toBe('boolean');
    }

    const link = (text: string) => r.links.find((l: { text: string }) => l.text === text);
    expect(link('the placement checker')).toMatchObject({
      href: 'https://tools.example.org/checker',
      rel: [],
      internal: false,
      placement: 'content',
      visible: true,
      hiddenBy: null,
      aboveFold: true,
      imageAlt: null,
      counts: true,
    });
    expect(link('the placement checker').strength).toBeGreaterThan(0);
    expect(link('a rival tool')).toMatchObject({ href: 'https://other.example.net/', rel: ['nofollow'], counts: false, visible: true });
    expect(link('our sponsor’s crawler')).toMatchObject({ rel: ['sponsored', 'noopener'], counts: false });
    expect(link('white on white link')).toMatchObject({ visible: false, hiddenBy: 'same-colour', counts: false });
    expect(link('display none link')).toMatchObject({ visible: false, hiddenBy: 'display', counts: false });
    expect(link('a research paper on link value')).toMatchObject({ aboveFold: false, visible: true, counts: true, placement: 'content' });
    expect(link('Privacy')).toMatchObject({ href: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/privacy$/), internal: true, placement: 'footer' });
  });

  test('reports every input in one browser, with a clear error for each that fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'linkscout-inspect-'));
    try {
      const gz = path.join(dir, 'blog-post.html.gz');
      writeFileSync(gz, gzipSync(readFileSync(path.join(ROOT, 'tests/fixtures/blog-post.html'))));
      const out = path.join(dir, 'out.jsonl');
      const inputs = [gz, 'tests/fixtures/missing-page.html', 'http://127.0.0.1:1/', 'tests/fixtures/e2e/no-links.html', 'tests/fixtures/e2e/plain.txt'];
      const run = await inspectCli(['--json', '--out', out, ...inputs]);

      expect(run.code, 'non-zero when any input failed').not.toBe(0);
      expect(run.stdout.trim(), '--out takes the output').toBe('');
      const lines = jsonLines(readFileSync(out, 'utf8'));
      expect(lines.map((l) => l.source)).toEqual(inputs);

      expect(lines[0]).toMatchObject({ title: 'Ten tools for testing link placement', summary: { total: 16 } });
      expect(lines[0]!.links).toHaveLength(16);
      expect(lines[1]).toEqual({ source: 'tests/fixtures/missing-page.html', error: expect.stringMatching(/no such file/) });
      expect(lines[2]).toEqual({ source: 'http://127.0.0.1:1/', error: expect.stringMatching(/could not load/) });
      expect(lines[3]).toMatchObject({ title: 'A page without links', links: [], summary: { total: 0 } });
      expect(lines[4]).toEqual({ source: 'tests/fixtures/e2e/plain.txt', error: expect.stringMatching(/not-html/) });

      const errors = run.stderr.split('\n').filter((l) => l.startsWith('inspect: '));
      expect(errors.some((l) => l.includes('missing-page.html') && /no such file/.test(l))).toBe(true);
      expect(errors.some((l) => l.includes('http://127.0.0.1:1/') && /could not load/.test(l))).toBe(true);
      expect(errors.some((l) => l.includes('plain.txt') && /not a web page/i.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('prints a readable summary without --json', async () => {
    const run = await inspectCli(['tests/fixtures/blog-post.html']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Ten tools for testing link placement');
    expect(run.stdout).toContain('16 links: 6 internal, 10 external, 2 hidden, 10 likely count');
    expect(run.stdout).toContain('rel: follow 12, nofollow 2, sponsored 1, ugc 2');
    expect(run.stdout).toMatch(/placement: .*footer 2/);
    expect(run.stdout).toContain('Canonical is another page: search engines likely index that one instead and credit its links to it. (https://blog.example.com/link-tools)');
    expect(run.stdout).toMatch(/\d+\s+yes\s+the placement checker -> https:\/\/tools\.example\.org\/checker/);
  });

  test('prints page text as text, never as terminal escapes', async () => {
    const run = await inspectCli(['tests/fixtures/hostile/terminal-escapes-in-text.html']);
    expect(run.code, run.stderr).toBe(0);
    // The page's escape and bidi characters are shown, escaped, where they stood.
    expect(run.stdout).toContain('== Escapes \\x1B[31mred\\x1B[0m in the title');
    expect(run.stdout).toContain('the tool\\x1B[2J\\x1B[H that clears the screen -> https://tools.example.org/clear');
    expect(run.stdout).toContain('a name with \\u202Etxt.exe\\u202C reversed');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  test('--brand and --site add the page\'s brand mentions, by link state, to the JSON and the summary', async () => {
    const page = path.join(ROOT, 'tests/fixtures/e2e/brand-mentions.html');
    const json = await inspectCli(['--json', '--brand', 'Acme', '--site', 'acme.example', page]);
    expect(json.code).toBe(0);
    const [report] = jsonLines(json.stdout);
    expect(report!.mentions.counts.brand).toEqual({ 'linked-to-you': 1, 'linked-elsewhere': 1, unlinked: 1 });
    expect(report!.mentions.hiddenCount).toBe(1);
    const unlinked = report!.mentions.mentions.find((m: { state: string }) => m.state === 'unlinked');
    expect(unlinked).toMatchObject({ matched: 'ACME', brand: 'Acme', placement: 'content', visible: true });

    const text = await inspectCli(['--brand', 'Acme', '--site', 'acme.example', page]);
    expect(text.stdout).toContain('brand mentions: 1 unlinked, 1 linked elsewhere, 1 linked to you');
  });
});
