import { describe, expect, it } from 'vitest';
import { classifyInput, DEFAULT_TIMEOUT_MS, parseInspectArgs } from '../../../scripts/lib/inspect-args';

function args(argv: string[]) {
  const r = parseInspectArgs(argv);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.args;
}

function error(argv: string[]) {
  const r = parseInspectArgs(argv);
  if (r.ok) throw new Error('expected a usage error');
  return r.error;
}

describe('parseInspectArgs', () => {
  it('takes inputs in order with text output by default', () => {
    expect(args(['a.html', 'https://example.com/', 'b.html.gz'])).toEqual({
      json: false,
      out: null,
      inputs: ['a.html', 'https://example.com/', 'b.html.gz'],
      build: true,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      help: false,
      settings: null,
    });
  });

  it('collects repeated --topic, --site and --competitor into the verdict settings', () => {
    expect(args(['--topic', 'link building', '--site=mysite.example', 'a.html', '--topic', 'seo tools', '--competitor', 'rival.example']).settings).toEqual({
      topics: ['link building', 'seo tools'],
      mySites: ['mysite.example'],
      competitors: ['rival.example'],
      brands: [],
      competitorBrands: [{ name: 'rival.example', aliases: [], domains: ['rival.example'], products: [], people: [] }],
    });
    expect(error(['--topic', '--json', 'a.html'])).toBe('--topic needs a value');
    expect(error(['--site=', 'a.html'])).toBe('--site needs a value');
  });

  it('makes one brand of the --brand names (the first its name, the others aliases) owning the --site domains', () => {
    expect(args(['--brand', 'Acme', '--site', 'acme.com', '--brand', 'ACME Corp', 'a.html']).settings?.brands).toEqual([
      { name: 'Acme', aliases: ['ACME Corp'], domains: ['acme.com'], products: [], people: [] },
    ]);
  });

  it('reads --json and --out anywhere on the line, in both spellings', () => {
    expect(args(['--json', 'a.html', '--out', 'r.jsonl'])).toMatchObject({ json: true, out: 'r.jsonl', inputs: ['a.html'] });
    expect(args(['a.html', '--out=r.txt'])).toMatchObject({ json: false, out: 'r.txt', inputs: ['a.html'] });
    expect(args(['-o', 'r.txt', 'a.html'])).toMatchObject({ out: 'r.txt', inputs: ['a.html'] });
  });

  it('reads --timeout in seconds and --no-build', () => {
    expect(args(['--timeout', '2.5', 'a.html'])).toMatchObject({ timeoutMs: 2500 });
    expect(args(['--timeout=10', '--no-build', 'a.html'])).toMatchObject({ timeoutMs: 10_000, build: false });
  });

  it('treats everything after -- as inputs', () => {
    expect(args(['--json', '--', '--weird-name.html', '-x.html'])).toMatchObject({ json: true, inputs: ['--weird-name.html', '-x.html'] });
  });

  it('asks for help without needing inputs', () => {
    expect(args(['--help'])).toMatchObject({ help: true, inputs: [] });
    expect(args(['-h'])).toMatchObject({ help: true });
  });

  it('explains usage errors', () => {
    expect(error([])).toMatch(/at least one file or URL/);
    expect(error(['--json'])).toMatch(/at least one file or URL/);
    expect(error(['--out'])).toMatch(/--out needs a file name/);
    expect(error(['--out', '--json', 'a.html'])).toMatch(/--out needs a file name/);
    expect(error(['--timeout', 'soon', 'a.html'])).toMatch(/--timeout needs a number of seconds/);
    expect(error(['--timeout', '0', 'a.html'])).toMatch(/--timeout/);
    expect(error(['--jsn', 'a.html'])).toBe('Unknown option --jsn');
    expect(error(['--json=yes', 'a.html'])).toMatch(/takes no value/);
  });
});

describe('classifyInput', () => {
  it('opens http(s) and other scheme URLs as they are', () => {
    expect(classifyInput('https://example.com/a?b=1', '/work')).toEqual({ kind: 'url', url: 'https://example.com/a?b=1' });
    expect(classifyInput('HTTP://127.0.0.1:1/', '/work')).toEqual({ kind: 'url', url: 'HTTP://127.0.0.1:1/' });
  });

  it('serves local files, relative to the working directory, file: URLs included', () => {
    expect(classifyInput('tests/fixtures/blog-post.html', '/work/main')).toEqual({ kind: 'file', path: '/work/main/tests/fixtures/blog-post.html' });
    expect(classifyInput('/tmp/page.html.gz', '/work/main')).toEqual({ kind: 'file', path: '/tmp/page.html.gz' });
    expect(classifyInput('file:///tmp/a%20b.html', '/work/main')).toEqual({ kind: 'file', path: '/tmp/a b.html' });
  });

  it('takes a bare host name for a file (a URL needs its scheme)', () => {
    expect(classifyInput('example.com', '/w')).toEqual({ kind: 'file', path: '/w/example.com' });
  });
});
